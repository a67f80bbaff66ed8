<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cs" sourcelanguage="en">
    <context>
        <name>ActiveJob</name>
        <message>
            <source>{rule} matching {pattern}</source>
            <translation type="unfinished">{rule} odpovídající {pattern}</translation>
        </message>
        <message>
            <source>no CA certificate is chosen</source>
            <translation type="unfinished">není vybrán žádný certifikát CA</translation>
        </message>
        <message>
            <source>choose the CA certificate file in Settings before loading its key</source>
            <translation type="unfinished">před načtením klíče vyberte v Nastavení soubor certifikátu CA</translation>
        </message>
        <message>
            <source>cannot read the CA certificate file {path}: {reason}</source>
            <translation type="unfinished">soubor certifikátu CA {path} nelze přečíst: {reason}</translation>
        </message>
        <message>
            <source>choose the CA certificate file again in Settings</source>
            <translation type="unfinished">vyberte v Nastavení soubor certifikátu CA znovu</translation>
        </message>
    </context>
    <context>
        <name>CloudStatusDialog</name>
        <message>
            <source>every page read so far is recorded; refresh again and it resumes there</source>
            <translation type="unfinished">každá dosud načtená stránka je zaznamenána; obnovte znovu a bude se pokračovat odtud</translation>
        </message>
        <message>
            <source>the refresh was stopped before every page was read</source>
            <translation type="unfinished">obnovení bylo zastaveno dříve, než se načetly všechny stránky</translation>
        </message>
        <message>
            <source>the refresh was stopped while it waited for the service</source>
            <translation type="unfinished">obnovení bylo zastaveno během čekání na službu</translation>
        </message>
        <message>
            <source>the manifest {path} cannot record the statuses: {reason}</source>
            <translation type="unfinished">manifest {path} nemůže zaznamenat stavy: {reason}</translation>
        </message>
        <message>
            <source>check that the file is a station's manifest on a writable disk</source>
            <translation type="unfinished">ověřte, že soubor je manifest stanice na zapisovatelném disku</translation>
        </message>
        <message>
            <source>the refresh broke down: unexpected {error}: {text}</source>
            <translation type="unfinished">obnovení selhalo: neočekávaná chyba {error}: {text}</translation>
        </message>
        <message>
            <source>report this to the station's engineer; the pages read so far are recorded</source>
            <translation type="unfinished">nahlaste to technikovi stanice; dosud načtené stránky jsou zaznamenány</translation>
        </message>
        <message>
            <source>The service refused the credential.</source>
            <translation type="unfinished">Služba odmítla přihlašovací údaj.</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more not connected (filter the table by Cloud)</source>
            <translation type="unfinished">
                <numerusform>… a ještě %n nepřipojené (vyfiltrujte tabulku podle Cloudu)</numerusform>
                <numerusform>… a ještě %n nepřipojené (vyfiltrujte tabulku podle Cloudu)</numerusform>
                <numerusform>… a ještě %n nepřipojených (vyfiltrujte tabulku podle Cloudu)</numerusform>
            </translation>
        </message>
        <message>
            <source>Refresh cloud status</source>
            <translation type="unfinished">Obnovit stav v cloudu</translation>
        </message>
        <message>
            <source>Application URL</source>
            <translation type="unfinished">URL aplikace</translation>
        </message>
        <message>
            <source>Keep</source>
            <translation type="unfinished">Uložit</translation>
        </message>
        <message>
            <source>the service's own address (leave empty)</source>
            <translation type="unfinished">vlastní adresa služby (nechte prázdné)</translation>
        </message>
        <message>
            <source>Manifests</source>
            <translation type="unfinished">Manifesty</translation>
        </message>
        <message>
            <source>Manifest</source>
            <translation type="unfinished">Manifest</translation>
        </message>
        <message>
            <source>Read from</source>
            <translation type="unfinished">Číst z</translation>
        </message>
        <message>
            <source>Credential</source>
            <translation type="unfinished">Přihlašovací údaj</translation>
        </message>
        <message>
            <source>Endpoint override</source>
            <translation type="unfinished">Jiný koncový bod</translation>
        </message>
        <message>
            <source>The statuses are recorded in each manifest, apart from its journaled record, with the time they were read; nothing else in the manifest changes.</source>
            <translation type="unfinished">Stavy se zapisují do každého manifestu, odděleně od jeho žurnálovaného záznamu, s časem načtení; nic jiného se v manifestu nemění.</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation type="unfinished">Obnovit</translation>
        </message>
        <message>
            <source>Close</source>
            <translation type="unfinished">Zavřít</translation>
        </message>
        <message>
            <source>API token</source>
            <translation type="unfinished">Token API</translation>
        </message>
        <message>
            <source>Connection string</source>
            <translation type="unfinished">Připojovací řetězec</translation>
        </message>
        <message>
            <source>paste the {what} to keep it as a secret</source>
            <translation type="unfinished">vložte {what} a uložte jej jako tajný údaj</translation>
        </message>
        <message>
            <source>From {where}: {masked}</source>
            <translation type="unfinished">Z {where}: {masked}</translation>
        </message>
        <message>
            <source>{what} kept in {store}.</source>
            <translation type="unfinished">{what} uložen v {store}.</translation>
        </message>
        <message>
            <source>Reading from {service} using {where}…</source>
            <translation type="unfinished">Čtení z {service} pomocí {where}…</translation>
        </message>
        <message>
            <source>{manifest} ({number} of {count}): </source>
            <translation type="unfinished">{manifest} ({number} z {count}): </translation>
        </message>
        <message>
            <source>Stopping after the request in progress…</source>
            <translation type="unfinished">Zastaví se po probíhajícím požadavku…</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation type="unfinished">Zastavit</translation>
        </message>
        <message numerus="yes">
            <source>%n page request(s) — {message}</source>
            <translation type="unfinished">
                <numerusform>%n požadavek na stránku — {message}</numerusform>
                <numerusform>%n požadavky na stránky — {message}</numerusform>
                <numerusform>%n požadavků na stránky — {message}</numerusform>
            </translation>
        </message>
        <message>
            <source>The refresh of {manifest} did not run.</source>
            <translation type="unfinished">Obnovení {manifest} neproběhlo.</translation>
        </message>
        <message numerus="yes">
            <source> (%n manifest(s) refreshed before it.)</source>
            <translation type="unfinished">
                <numerusform> (předtím byl obnoven %n manifest.)</numerusform>
                <numerusform> (předtím byly obnoveny %n manifesty.)</numerusform>
                <numerusform> (předtím bylo obnoveno %n manifestů.)</numerusform>
            </translation>
        </message>
        <message>
            <source>{manifest}: {connected} of {count} connected</source>
            <translation type="unfinished">{manifest}: připojeno {connected} z {count}</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>⚠  This file will hold the SAS units' device keys in clear. Anyone who has it can connect these devices as themselves. Keep it on an encrypted drive, hand it over directly, and delete it after the import.</source>
            <translation type="unfinished">⚠  Tento soubor bude obsahovat klíče zařízení SAS v čitelné podobě. Kdokoli jej má, může se za tato zařízení vydávat. Uložte jej na šifrovaný disk, předejte osobně a po importu smažte.</translation>
        </message>
        <message>
            <source>IoT Central device import: device IDs and names</source>
            <translation type="unfinished">Import zařízení do IoT Central: ID a názvy zařízení</translation>
        </message>
        <message>
            <source>IoT Central device list with SAS keys and X.509 thumbprints</source>
            <translation type="unfinished">Seznam zařízení IoT Central s klíči SAS a otisky X.509</translation>
        </message>
        <message>
            <source>Every unit with its public facts, status, failure and times (no secrets)</source>
            <translation type="unfinished">Všechny kusy s veřejnými údaji, stavem, chybou a časy (bez tajných údajů)</translation>
        </message>
        <message>
            <source>DPS individual enrollments (JSON), ready for upload</source>
            <translation type="unfinished">Jednotlivé registrace DPS (JSON) připravené k nahrání</translation>
        </message>
        <message>
            <source>it holds device keys in clear: readable by you only; delete it after the import</source>
            <translation type="unfinished">obsahuje klíče zařízení v čitelné podobě: čitelný jen pro vás; po importu jej smažte</translation>
        </message>
        <message>
            <source>this manifest's device keys are sealed with its station key, which is not on this PC</source>
            <translation type="unfinished">klíče zařízení v tomto manifestu jsou zapečetěny klíčem stanice, který na tomto počítači není</translation>
        </message>
        <message>
            <source>unexpected {error}: {text}</source>
            <translation type="unfinished">neočekávaná chyba {error}: {text}</translation>
        </message>
        <message>
            <source>report this to the station's engineer</source>
            <translation type="unfinished">nahlaste to technikovi stanice</translation>
        </message>
        <message>
            <source> (already written: {files})</source>
            <translation type="unfinished"> (již zapsáno: {files})</translation>
        </message>
        <message>
            <source>Export units</source>
            <translation type="unfinished">Exportovat kusy</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation type="unfinished">Vybrat…</translation>
        </message>
        <message>
            <source>Format</source>
            <translation type="unfinished">Formát</translation>
        </message>
        <message>
            <source>Rows</source>
            <translation type="unfinished">Řádky</translation>
        </message>
        <message>
            <source>File</source>
            <translation type="unfinished">Soubor</translation>
        </message>
        <message numerus="yes">
            <source>%n manifests: one file each, named after its manifest (e.g. …-{example}), so that each file answers to one station's journal.</source>
            <translation type="unfinished">
                <numerusform>%n manifest: každý do vlastního souboru pojmenovaného podle manifestu (např. …-{example}), aby každý soubor odpovídal žurnálu jedné stanice.</numerusform>
                <numerusform>%n manifesty: každý do vlastního souboru pojmenovaného podle manifestu (např. …-{example}), aby každý soubor odpovídal žurnálu jedné stanice.</numerusform>
                <numerusform>%n manifestů: každý do vlastního souboru pojmenovaného podle manifestu (např. …-{example}), aby každý soubor odpovídal žurnálu jedné stanice.</numerusform>
            </translation>
        </message>
        <message>
            <source>The cloud-status filter does not narrow exports: every unit the other filters select is written.</source>
            <translation type="unfinished">Filtr stavu v cloudu export nezužuje: zapíše se každý kus vybraný ostatními filtry.</translation>
        </message>
        <message>
            <source>Writing…</source>
            <translation type="unfinished">Zapisuje se…</translation>
        </message>
        <message>
            <source>Export</source>
            <translation type="unfinished">Exportovat</translation>
        </message>
        <message>
            <source> (provisioned units only)</source>
            <translation type="unfinished"> (pouze zřízené kusy)</translation>
        </message>
        <message numerus="yes">
            <source>%Ln unit(s) will be written</source>
            <translation type="unfinished">
                <numerusform>Zapíše se %Ln kus</numerusform>
                <numerusform>Zapíšou se %Ln kusy</numerusform>
                <numerusform>Zapíše se %Ln kusů</numerusform>
            </translation>
        </message>
        <message>
            <source>The {format} export holds provisioned units only; clear the status filter to use it.</source>
            <translation type="unfinished">Export {format} obsahuje jen zřízené kusy; pro jeho použití zrušte filtr stavu.</translation>
        </message>
        <message>
            <source>{kind} (*{suffix});;All files (*)</source>
            <translation type="unfinished">{kind} (*{suffix});;Všechny soubory (*)</translation>
        </message>
        <message>
            <source>Export to</source>
            <translation type="unfinished">Exportovat do</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) in {folder}</source>
            <translation type="unfinished">
                <numerusform>%n soubor ve složce {folder}</numerusform>
                <numerusform>%n soubory ve složce {folder}</numerusform>
                <numerusform>%n souborů ve složce {folder}</numerusform>
            </translation>
        </message>
        <message>
            <source>The export failed: {reason}</source>
            <translation type="unfinished">Export selhal: {reason}</translation>
        </message>
    </context>
    <context>
        <name>JobBar</name>
        <message>
            <source>Profile</source>
            <translation type="unfinished">Profil</translation>
        </message>
        <message>
            <source>ID scope</source>
            <translation type="unfinished">ID scope</translation>
        </message>
        <message>
            <source>Attestation</source>
            <translation type="unfinished">Atestace</translation>
        </message>
        <message>
            <source>Device-ID rule</source>
            <translation type="unfinished">Pravidlo ID zařízení</translation>
        </message>
        <message>
            <source>Units done today</source>
            <translation type="unfinished">Dnes hotovo</translation>
        </message>
        <message>
            <source>No job — set one up in Settings</source>
            <translation type="unfinished">Žádná úloha — nastavte ji v Nastavení</translation>
        </message>
        <message>
            <source>{profile}  (demo)</source>
            <translation type="unfinished">{profile}  (ukázka)</translation>
        </message>
    </context>
    <context>
        <name>LabelPreview</name>
        <message>
            <source>Label</source>
            <translation type="unfinished">Štítek</translation>
        </message>
        <message>
            <source>The label of the next provisioned unit shows here.</source>
            <translation type="unfinished">Zde se zobrazí štítek dalšího zřízeného kusu.</translation>
        </message>
        <message>
            <source>Print label…</source>
            <translation type="unfinished">Tisknout štítek…</translation>
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation type="unfinished">Uložit jako PDF…</translation>
        </message>
        <message>
            <source>Label — {board}</source>
            <translation type="unfinished">Štítek — {board}</translation>
        </message>
        <message>
            <source>The label cannot be shown: {problem}</source>
            <translation type="unfinished">Štítek nelze zobrazit: {problem}</translation>
        </message>
        <message>
            <source>Save the label as PDF</source>
            <translation type="unfinished">Uložit štítek jako PDF</translation>
        </message>
    </context>
    <context>
        <name>LabelPrint</name>
        <message>
            <source>the printer did not accept the label</source>
            <translation type="unfinished">tiskárna štítek nepřijala</translation>
        </message>
        <message>
            <source>check that the label printer is on and has labels, then print again</source>
            <translation type="unfinished">zkontrolujte, že je tiskárna štítků zapnutá a má štítky, a tiskněte znovu</translation>
        </message>
        <message>
            <source>Print the label of {device}</source>
            <translation type="unfinished">Tisknout štítek {device}</translation>
        </message>
    </context>
    <context>
        <name>LabelQueue</name>
        <message>
            <source>no label printer address is given</source>
            <translation type="unfinished">není zadána adresa tiskárny štítků</translation>
        </message>
        <message>
            <source>type the printer's address in Settings, e.g. 10.0.4.21 or zebra-3:9100</source>
            <translation type="unfinished">zadejte adresu tiskárny v Nastavení, např. 10.0.4.21 nebo zebra-3:9100</translation>
        </message>
    </context>
    <context>
        <name>LineController</name>
        <message>
            <source>the board on {port} was unplugged</source>
            <translation type="unfinished">deska na {port} byla odpojena</translation>
        </message>
        <message>
            <source>this job takes device IDs from the unit's barcode</source>
            <translation type="unfinished">tato úloha bere ID zařízení z čárového kódu kusu</translation>
        </message>
        <message>
            <source>scan the barcode on the unit; the unit starts by itself</source>
            <translation type="unfinished">naskenujte čárový kód na kusu; kus se spustí sám</translation>
        </message>
        <message>
            <source>no board is ready</source>
            <translation type="unfinished">žádná deska není připravena</translation>
        </message>
        <message>
            <source>no board is connected</source>
            <translation type="unfinished">není připojena žádná deska</translation>
        </message>
        <message>
            <source>plug a board in, or wait for a port to finish its unit</source>
            <translation type="unfinished">připojte desku, nebo počkejte, až port dokončí svůj kus</translation>
        </message>
        <message>
            <source>port {port} cannot retry now</source>
            <translation type="unfinished">port {port} teď nemůže opakovat</translation>
        </message>
        <message>
            <source>wait until the port has finished, or check that the board is still plugged</source>
            <translation type="unfinished">počkejte, až port skončí, nebo ověřte, že je deska stále připojena</translation>
        </message>
        <message>
            <source>the scanned barcode was not a device ID this job can use</source>
            <translation type="unfinished">naskenovaný čárový kód není ID zařízení použitelné pro tuto úlohu</translation>
        </message>
        <message>
            <source>scan the unit's barcode again; the unit starts by itself</source>
            <translation type="unfinished">naskenujte čárový kód kusu znovu; kus se spustí sám</translation>
        </message>
        <message>
            <source>port {port} is busy or gone</source>
            <translation type="unfinished">port {port} je obsazený nebo zmizel</translation>
        </message>
        <message>
            <source>wait until the port has finished its unit, or choose another port</source>
            <translation type="unfinished">počkejte, až port dokončí svůj kus, nebo zvolte jiný port</translation>
        </message>
        <message>
            <source>no job is running</source>
            <translation type="unfinished">neběží žádná úloha</translation>
        </message>
        <message>
            <source>choose the profile, ID scope and secrets in Settings and start the job</source>
            <translation type="unfinished">v Nastavení vyberte profil, ID scope a tajné údaje a spusťte úlohu</translation>
        </message>
        <message>
            <source>board unplugged during {stage}</source>
            <translation type="unfinished">deska odpojena během fáze {stage}</translation>
        </message>
        <message>
            <source>plug the board in again and retry it, or set it aside</source>
            <translation type="unfinished">připojte desku znovu a zkuste to znovu, nebo ji odložte stranou</translation>
        </message>
    </context>
    <context>
        <name>LineView</name>
        <message>
            <source>Start a unit on each board as soon as it is plugged in, without pressing anything</source>
            <translation type="unfinished">Spustit kus na každé desce hned po připojení, bez mačkání čehokoli</translation>
        </message>
        <message>
            <source>Off for this job: each unit starts when its barcode is scanned</source>
            <translation type="unfinished">U této úlohy vypnuto: každý kus se spustí naskenováním jeho čárového kódu</translation>
        </message>
        <message>
            <source>Scan the unit's barcode again; the unit starts by itself.</source>
            <translation type="unfinished">Naskenujte čárový kód kusu znovu; kus se spustí sám.</translation>
        </message>
        <message>
            <source>the board's MAC address</source>
            <translation type="unfinished">adresa MAC desky</translation>
        </message>
        <message>
            <source>a barcode scanned for each unit</source>
            <translation type="unfinished">čárový kód naskenovaný u každého kusu</translation>
        </message>
        <message>
            <source>the station's counter</source>
            <translation type="unfinished">počítadlo stanice</translation>
        </message>
        <message>
            <source>the board's TPM</source>
            <translation type="unfinished">TPM desky</translation>
        </message>
        <message>
            <source>No boards yet. Plug a board in, or add a virtual board.</source>
            <translation type="unfinished">Zatím žádné desky. Připojte desku, nebo přidejte virtuální desku.</translation>
        </message>
        <message>
            <source>Provision next unit</source>
            <translation type="unfinished">Zřídit další kus</translation>
        </message>
        <message>
            <source>Auto: start each board as it is plugged in</source>
            <translation type="unfinished">Automaticky: spustit po připojení desky</translation>
        </message>
        <message>
            <source>+ Virtual board</source>
            <translation type="unfinished">+ Virtuální deska</translation>
        </message>
        <message>
            <source>Plug a virtual board of this job's profile into a new port</source>
            <translation type="unfinished">Připojit na nový port virtuální desku podle profilu této úlohy</translation>
        </message>
        <message>
            <source>Barcode</source>
            <translation type="unfinished">Čárový kód</translation>
        </message>
        <message>
            <source>no job</source>
            <translation type="unfinished">žádná úloha</translation>
        </message>
        <message>
            <source>Scan the unit's barcode — the unit starts by itself</source>
            <translation type="unfinished">Naskenujte čárový kód kusu — kus se spustí sám</translation>
        </message>
        <message>
            <source>IDs come from {source}</source>
            <translation type="unfinished">ID pocházejí z: {source}</translation>
        </message>
        <message>
            <source>Not used by this job: device IDs come from {source}</source>
            <translation type="unfinished">Tato úloha nepoužívá: ID zařízení pocházejí z: {source}</translation>
        </message>
        <message>
            <source>{device} provisioned, no label</source>
            <translation type="unfinished">{device} zřízen, bez štítku</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Provisioning Station</source>
            <translation type="unfinished">Zřizovací stanice</translation>
        </message>
        <message>
            <source>{title}  —  demo</source>
            <translation type="unfinished">{title}  —  ukázka</translation>
        </message>
        <message>
            <source>{title}  —  QA desk</source>
            <translation type="unfinished">{title}  —  pracoviště QA</translation>
        </message>
        <message>
            <source>Line</source>
            <translation type="unfinished">Linka</translation>
        </message>
        <message>
            <source>Manifest</source>
            <translation type="unfinished">Manifest</translation>
        </message>
        <message>
            <source>Yield</source>
            <translation type="unfinished">Výtěžnost</translation>
        </message>
        <message>
            <source>Profiles</source>
            <translation type="unfinished">Profily</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation type="unfinished">Nastavení</translation>
        </message>
        <message>
            <source>Served line</source>
            <translation type="unfinished">Automatizovaná linka</translation>
        </message>
        <message>
            <source>Manifest: {path}</source>
            <translation type="unfinished">Manifest: {path}</translation>
        </message>
        <message numerus="yes">
            <source>QA desk: %n manifest(s) open, read-only</source>
            <translation type="unfinished">
                <numerusform>Pracoviště QA: otevřen %n manifest, jen pro čtení</numerusform>
                <numerusform>Pracoviště QA: otevřeny %n manifesty, jen pro čtení</numerusform>
                <numerusform>Pracoviště QA: otevřeno %n manifestů, jen pro čtení</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>No job: %n manifest(s) open, read-only</source>
            <translation type="unfinished">
                <numerusform>Žádná úloha: otevřen %n manifest, jen pro čtení</numerusform>
                <numerusform>Žádná úloha: otevřeny %n manifesty, jen pro čtení</numerusform>
                <numerusform>Žádná úloha: otevřeno %n manifestů, jen pro čtení</numerusform>
            </translation>
        </message>
        <message>
            <source>The job cannot start: {reason}</source>
            <translation type="unfinished">Úlohu nelze spustit: {reason}</translation>
        </message>
        <message>
            <source>The label printer cannot be used: {reason}</source>
            <translation type="unfinished">Tiskárnu štítků nelze použít: {reason}</translation>
        </message>
        <message>
            <source>Before you start: {warning}</source>
            <translation type="unfinished">Než začnete: {warning}</translation>
        </message>
        <message>
            <source>tell the security officer</source>
            <translation type="unfinished">informujte bezpečnostního pracovníka</translation>
        </message>
    </context>
    <context>
        <name>ManifestView</name>
        <message>
            <source>Manifests (*.sqlite *.sqlite3 *.db);;All files (*)</source>
            <translation type="unfinished">Manifesty (*.sqlite *.sqlite3 *.db);;Všechny soubory (*)</translation>
        </message>
        <message>
            <source>Any</source>
            <translation type="unfinished">Vše</translation>
        </message>
        <message>
            <source>any date</source>
            <translation type="unfinished">libovolné datum</translation>
        </message>
        <message>
            <source>Tick the manifests to browse, export and upload together</source>
            <translation type="unfinished">Zaškrtněte manifesty, které chcete společně procházet, exportovat a nahrát</translation>
        </message>
        <message>
            <source>Open…</source>
            <translation type="unfinished">Otevřít…</translation>
        </message>
        <message>
            <source>Open manifest files read-only, e.g. copied from stations</source>
            <translation type="unfinished">Otevřít soubory manifestů jen pro čtení, např. zkopírované ze stanic</translation>
        </message>
        <message>
            <source>Close</source>
            <translation type="unfinished">Zavřít</translation>
        </message>
        <message>
            <source>The service whose status the Cloud column and filter show</source>
            <translation type="unfinished">Služba, jejíž stav ukazuje sloupec a filtr Cloud</translation>
        </message>
        <message>
            <source>Search device ID, MAC or serial</source>
            <translation type="unfinished">Hledat ID zařízení, MAC nebo sériové číslo</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation type="unfinished">Exportovat…</translation>
        </message>
        <message>
            <source>Upload enrollments…</source>
            <translation type="unfinished">Nahrát registrace…</translation>
        </message>
        <message>
            <source>Send the provisioned units to DPS or IoT Central</source>
            <translation type="unfinished">Odeslat zřízené kusy do DPS nebo IoT Central</translation>
        </message>
        <message>
            <source>Refresh cloud status…</source>
            <translation type="unfinished">Obnovit stav v cloudu…</translation>
        </message>
        <message>
            <source>Read what IoT Central or DPS knows of the provisioned units: connected, blocked, failed to register, never connected</source>
            <translation type="unfinished">Načíst, co IoT Central nebo DPS ví o zřízených kusech: připojené, blokované, s neúspěšnou registrací, nikdy nepřipojené</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation type="unfinished">Obnovit</translation>
        </message>
        <message>
            <source>Read the manifests again (and a station key restored meanwhile)</source>
            <translation type="unfinished">Znovu načíst manifesty (i mezitím obnovený klíč stanice)</translation>
        </message>
        <message>
            <source>Resolve…</source>
            <translation type="unfinished">Vyřešit…</translation>
        </message>
        <message>
            <source>Close a unit an interrupted station left pending, once its board is checked</source>
            <translation type="unfinished">Uzavřít kus, který přerušená stanice nechala nevyřízený, až bude deska zkontrolována</translation>
        </message>
        <message>
            <source>Re-provision…</source>
            <translation type="unfinished">Znovu zřídit…</translation>
        </message>
        <message>
            <source>Give a returned unit (repair, RMA, erased flash) new credentials under its device ID, with the running job</source>
            <translation type="unfinished">Dát vrácenému kusu (oprava, RMA, smazaná flash) nové přihlašovací údaje pod jeho ID zařízení, s běžící úlohou</translation>
        </message>
        <message>
            <source>From</source>
            <translation type="unfinished">Od</translation>
        </message>
        <message>
            <source>To</source>
            <translation type="unfinished">Do</translation>
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished">Stav</translation>
        </message>
        <message>
            <source>Job</source>
            <translation type="unfinished">Úloha</translation>
        </message>
        <message>
            <source>Operator</source>
            <translation type="unfinished">Operátor</translation>
        </message>
        <message>
            <source>Station</source>
            <translation type="unfinished">Stanice</translation>
        </message>
        <message>
            <source>Cloud status from</source>
            <translation type="unfinished">Stav v cloudu z</translation>
        </message>
        <message>
            <source>Cloud</source>
            <translation type="unfinished">Cloud</translation>
        </message>
        <message>
            <source>Select a unit to see its facts and event log.</source>
            <translation type="unfinished">Vyberte kus, chcete-li vidět jeho údaje a záznam událostí.</translation>
        </message>
        <message>
            <source>Manifests</source>
            <translation type="unfinished">Manifesty</translation>
        </message>
        <message>
            <source>{path} cannot be opened: {reason}</source>
            <translation type="unfinished">{path} nelze otevřít: {reason}</translation>
        </message>
        <message>
            <source>Open manifests</source>
            <translation type="unfinished">Otevřít manifesty</translation>
        </message>
        <message>
            <source>  (job)</source>
            <translation type="unfinished">  (úloha)</translation>
        </message>
        <message>
            <source>No manifest chosen: open one, or tick one in the list</source>
            <translation type="unfinished">Není vybrán žádný manifest: otevřete jej nebo jej zaškrtněte v seznamu</translation>
        </message>
        <message numerus="yes">
            <source>%Ln unit(s) in {manifests} manifests</source>
            <translation type="unfinished">
                <numerusform>%Ln kus v {manifests} manifestech</numerusform>
                <numerusform>%Ln kusy v {manifests} manifestech</numerusform>
                <numerusform>%Ln kusů v {manifests} manifestech</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln unit(s)</source>
            <translation type="unfinished">
                <numerusform>%Ln kus</numerusform>
                <numerusform>%Ln kusy</numerusform>
                <numerusform>%Ln kusů</numerusform>
            </translation>
        </message>
        <message>
            <source>profile {profile}, {attestation}, ID scope {scope}</source>
            <translation type="unfinished">profil {profile}, {attestation}, ID scope {scope}</translation>
        </message>
        <message>
            <source>board {board} {chip}  MAC {mac}  serial {serial}  port {port}</source>
            <translation type="unfinished">deska {board} {chip}  MAC {mac}  sériové číslo {serial}  port {port}</translation>
        </message>
        <message numerus="yes">
            <source>job {job}, operator {operator}, station {station}, %n attempt(s)</source>
            <translation type="unfinished">
                <numerusform>úloha {job}, operátor {operator}, stanice {station}, %n pokus</numerusform>
                <numerusform>úloha {job}, operátor {operator}, stanice {station}, %n pokusy</numerusform>
                <numerusform>úloha {job}, operátor {operator}, stanice {station}, %n pokusů</numerusform>
            </translation>
        </message>
        <message>
            <source>recorded {recorded}, provisioned {provisioned}</source>
            <translation type="unfinished">zaznamenán {recorded}, zřízen {provisioned}</translation>
        </message>
        <message>
            <source>manifest {path}</source>
            <translation type="unfinished">manifest {path}</translation>
        </message>
        <message>
            <source>failed at {stage}: {reason}</source>
            <translation type="unfinished">selhal ve fázi {stage}: {reason}</translation>
        </message>
        <message>
            <source>certificate SHA-1 {thumbprint}, issuer {issuer}, valid until {until}</source>
            <translation type="unfinished">certifikát SHA-1 {thumbprint}, vydavatel {issuer}, platný do {until}</translation>
        </message>
        <message>
            <source>{service}: {status} — {detail} (read {time})</source>
            <translation type="unfinished">{service}: {status} — {detail} (načteno {time})</translation>
        </message>
        <message>
            <source>Event log:</source>
            <translation type="unfinished">Záznam událostí:</translation>
        </message>
        <message numerus="yes">
            <source>%Ln unit(s) — exported {rows} rows to {where}</source>
            <translation type="unfinished">
                <numerusform>%Ln kus — exportováno {rows} řádků do {where}</numerusform>
                <numerusform>%Ln kusy — exportováno {rows} řádků do {where}</numerusform>
                <numerusform>%Ln kusů — exportováno {rows} řádků do {where}</numerusform>
            </translation>
        </message>
        <message>
            <source>journal head {head} (note it outside the station)</source>
            <translation type="unfinished">hlava žurnálu {head} (poznamenejte si ji mimo stanici)</translation>
        </message>
        <message numerus="yes">
            <source>%Ln unit(s) — upload: {summary}</source>
            <translation type="unfinished">
                <numerusform>%Ln kus — nahrání: {summary}</numerusform>
                <numerusform>%Ln kusy — nahrání: {summary}</numerusform>
                <numerusform>%Ln kusů — nahrání: {summary}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln unit(s) — {summary}</source>
            <translation type="unfinished">
                <numerusform>%Ln kus — {summary}</numerusform>
                <numerusform>%Ln kusy — {summary}</numerusform>
                <numerusform>%Ln kusů — {summary}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PortTile</name>
        <message>
            <source>starting</source>
            <translation type="unfinished">spouští se</translation>
        </message>
        <message>
            <source>finding the board</source>
            <translation type="unfinished">hledá se deska</translation>
        </message>
        <message>
            <source>reading its identity</source>
            <translation type="unfinished">čte se identita</translation>
        </message>
        <message>
            <source>making credentials</source>
            <translation type="unfinished">vytvářejí se přihlašovací údaje</translation>
        </message>
        <message>
            <source>recording the unit</source>
            <translation type="unfinished">zaznamenává se kus</translation>
        </message>
        <message>
            <source>writing</source>
            <translation type="unfinished">zápis</translation>
        </message>
        <message>
            <source>verifying</source>
            <translation type="unfinished">ověřování</translation>
        </message>
        <message>
            <source>recording the result</source>
            <translation type="unfinished">zaznamenává se výsledek</translation>
        </message>
        <message>
            <source>making the label</source>
            <translation type="unfinished">vytváří se štítek</translation>
        </message>
        <message>
            <source>done</source>
            <translation type="unfinished">hotovo</translation>
        </message>
        <message>
            <source>station</source>
            <translation type="unfinished">stanice</translation>
        </message>
        <message>
            <source>IDLE</source>
            <translation type="unfinished">VOLNÝ</translation>
        </message>
        <message>
            <source>BUSY</source>
            <translation type="unfinished">PRACUJE</translation>
        </message>
        <message>
            <source>PASSED</source>
            <translation type="unfinished">OK</translation>
        </message>
        <message>
            <source>FAILED</source>
            <translation type="unfinished">CHYBA</translation>
        </message>
        <message>
            <source>Retry this unit</source>
            <translation type="unfinished">Zkusit tento kus znovu</translation>
        </message>
        <message>
            <source>Print label…</source>
            <translation type="unfinished">Tisknout štítek…</translation>
        </message>
        <message>
            <source>Print the label of {device}</source>
            <translation type="unfinished">Tisknout štítek {device}</translation>
        </message>
        <message>
            <source> (attempt {attempt})</source>
            <translation type="unfinished"> (pokus {attempt})</translation>
        </message>
        <message>
            <source>Stage: {stage}</source>
            <translation type="unfinished">Fáze: {stage}</translation>
        </message>
        <message>
            <source>Failed at {stage}</source>
            <translation type="unfinished">Selhalo ve fázi {stage}</translation>
        </message>
        <message>
            <source>Provisioned{attempt} — ready for the next board</source>
            <translation type="unfinished">Zřízeno{attempt} — připraveno na další desku</translation>
        </message>
        <message>
            <source>Ready for a board</source>
            <translation type="unfinished">Připraveno na desku</translation>
        </message>
        <message>
            <source>%p%  ({done} / {total} bytes)</source>
            <translation type="unfinished">%p%  ({done} / {total} bajtů)</translation>
        </message>
        <message>
            <source>stopped at %p%  ({done} / {total} bytes)</source>
            <translation type="unfinished">zastaveno na %p%  ({done} / {total} bajtů)</translation>
        </message>
        <message>
            <source>Device ID: {device}</source>
            <translation type="unfinished">ID zařízení: {device}</translation>
        </message>
    </context>
    <context>
        <name>PortWork</name>
        <message>
            <source>unexpected {error}: {text}</source>
            <translation type="unfinished">neočekávaná chyba {error}: {text}</translation>
        </message>
        <message>
            <source>report this to the station's engineer</source>
            <translation type="unfinished">nahlaste to technikovi stanice</translation>
        </message>
    </context>
    <context>
        <name>PrinterBanner</name>
        <message>
            <source>Print waiting labels now</source>
            <translation type="unfinished">Vytisknout čekající štítky hned</translation>
        </message>
        <message>
            <source>⚠  Label printer: {problem}</source>
            <translation type="unfinished">⚠  Tiskárna štítků: {problem}</translation>
        </message>
        <message numerus="yes">
            <source>%n label(s) waiting; nothing is lost: they print in order as soon as the printer is ready.</source>
            <translation type="unfinished">
                <numerusform>%n štítek čeká; nic se neztratí: vytisknou se popořadě, jakmile bude tiskárna připravena.</numerusform>
                <numerusform>%n štítky čekají; nic se neztratí: vytisknou se popořadě, jakmile bude tiskárna připravena.</numerusform>
                <numerusform>%n štítků čeká; nic se neztratí: vytisknou se popořadě, jakmile bude tiskárna připravena.</numerusform>
            </translation>
        </message>
        <message>
            <source>No label is waiting.</source>
            <translation type="unfinished">Žádný štítek nečeká.</translation>
        </message>
    </context>
    <context>
        <name>PrinterCard</name>
        <message>
            <source>None: the print dialog, or PDF</source>
            <translation type="unfinished">Žádná: tiskový dialog nebo PDF</translation>
        </message>
        <message>
            <source>ZPL printer on the network (TCP 9100)</source>
            <translation type="unfinished">Tiskárna ZPL v síti (TCP 9100)</translation>
        </message>
        <message>
            <source>ZPL printer through a CUPS queue</source>
            <translation type="unfinished">Tiskárna ZPL přes frontu CUPS</translation>
        </message>
        <message>
            <source>HOST or HOST:PORT, e.g. 10.0.4.21</source>
            <translation type="unfinished">HOST nebo HOST:PORT, např. 10.0.4.21</translation>
        </message>
        <message>
            <source>the queue's name, e.g. zebra-line3</source>
            <translation type="unfinished">název fronty, např. zebra-line3</translation>
        </message>
        <message>
            <source>The label's size in mm, width across the print head first, e.g. 62x29</source>
            <translation type="unfinished">Rozměr štítku v mm, nejdřív šířka napříč tiskovou hlavou, např. 62x29</translation>
        </message>
        <message>
            <source>{dpi} dpi</source>
            <translation type="unfinished">{dpi} dpi</translation>
        </message>
        <message>
            <source>Ask the printer for its status (~HS) before and after each label</source>
            <translation type="unfinished">Zjistit stav tiskárny (~HS) před každým štítkem a po něm</translation>
        </message>
        <message>
            <source>Print test label</source>
            <translation type="unfinished">Vytisknout zkušební štítek</translation>
        </message>
        <message>
            <source>With a label printer, each provisioned unit's label prints by itself; a label the printer cannot take waits and is never lost.</source>
            <translation type="unfinished">S tiskárnou štítků se štítek každého zřízeného kusu vytiskne sám; štítek, který tiskárna nepřijme, počká a nikdy se neztratí.</translation>
        </message>
        <message>
            <source>Label printer</source>
            <translation type="unfinished">Tiskárna štítků</translation>
        </message>
        <message>
            <source>Printer</source>
            <translation type="unfinished">Tiskárna</translation>
        </message>
        <message>
            <source>Address</source>
            <translation type="unfinished">Adresa</translation>
        </message>
        <message>
            <source>CUPS queue</source>
            <translation type="unfinished">Fronta CUPS</translation>
        </message>
        <message>
            <source>Label stock</source>
            <translation type="unfinished">Typ štítků</translation>
        </message>
        <message>
            <source>Choose a label printer first.</source>
            <translation type="unfinished">Nejdřív vyberte tiskárnu štítků.</translation>
        </message>
        <message>
            <source>Sending a test label to {printer}…</source>
            <translation type="unfinished">Odesílá se zkušební štítek na {printer}…</translation>
        </message>
        <message>
            <source>The test label was not printed: {problem}</source>
            <translation type="unfinished">Zkušební štítek se nevytiskl: {problem}</translation>
        </message>
        <message>
            <source>Test label printed on {printer} ({stock}).</source>
            <translation type="unfinished">Zkušební štítek vytištěn na {printer} ({stock}).</translation>
        </message>
    </context>
    <context>
        <name>ProfilesView</name>
        <message>
            <source>unexpected {error}: {text}</source>
            <translation type="unfinished">neočekávaná chyba {error}: {text}</translation>
        </message>
        <message>
            <source>Try on a virtual board</source>
            <translation type="unfinished">Vyzkoušet na virtuální desce</translation>
        </message>
        <message>
            <source>Check again</source>
            <translation type="unfinished">Zkontrolovat znovu</translation>
        </message>
        <message>
            <source>Trial</source>
            <translation type="unfinished">Zkouška</translation>
        </message>
        <message>
            <source>Run one unit of the selected profile on a fresh virtual board, with demo secrets and a separate manifest.</source>
            <translation type="unfinished">Spustit jeden kus vybraného profilu na nové virtuální desce, s ukázkovými tajnými údaji a samostatným manifestem.</translation>
        </message>
        <message>
            <source>Validation</source>
            <translation type="unfinished">Kontrola</translation>
        </message>
        <message>
            <source>Trial log</source>
            <translation type="unfinished">Záznam zkoušky</translation>
        </message>
        <message>
            <source>(no id)</source>
            <translation type="unfinished">(bez ID)</translation>
        </message>
        <message>
            <source>No problems: the profile is valid.</source>
            <translation type="unfinished">Žádné problémy: profil je platný.</translation>
        </message>
        <message>
            <source>Trying…</source>
            <translation type="unfinished">Zkouší se…</translation>
        </message>
        <message>
            <source>One unit of {profile} on a virtual board</source>
            <translation type="unfinished">Jeden kus profilu {profile} na virtuální desce</translation>
        </message>
        <message>
            <source>a virtual trial board</source>
            <translation type="unfinished">virtuální zkušební deska</translation>
        </message>
    </context>
    <context>
        <name>ReprovisionDialog</name>
        <message>
            <source>No port is free: connect the returned unit's board first.</source>
            <translation type="unfinished">Žádný port není volný: nejdřív připojte desku vráceného kusu.</translation>
        </message>
        <message>
            <source>Re-provision {device}</source>
            <translation type="unfinished">Znovu zřídit {device}</translation>
        </message>
        <message>
            <source>why, e.g. RMA 4711: flash erased in repair</source>
            <translation type="unfinished">proč, např. RMA 4711: flash smazána při opravě</translation>
        </message>
        <message>
            <source>Board on port</source>
            <translation type="unfinished">Deska na portu</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation type="unfinished">Důvod</translation>
        </message>
        <message>
            <source>Provision again</source>
            <translation type="unfinished">Zřídit znovu</translation>
        </message>
        <message>
            <source>{device} gets new credentials under its device ID. Its board must prove it is that unit; its current credentials are kept in the manifest as an earlier generation, and its enrollments are uploaded again.</source>
            <translation type="unfinished">{device} dostane nové přihlašovací údaje pod svým ID zařízení. Jeho deska musí prokázat, že jde o tento kus; současné přihlašovací údaje zůstanou v manifestu jako starší generace a jeho registrace se nahrají znovu.</translation>
        </message>
    </context>
    <context>
        <name>ResolveDialog</name>
        <message>
            <source>failed — the board is erased and goes round again as a new unit</source>
            <translation type="unfinished">chybný — deska se smaže a projde znovu jako nový kus</translation>
        </message>
        <message>
            <source>scrapped — the board is set aside for good</source>
            <translation type="unfinished">vyřazený — deska je definitivně odložena</translation>
        </message>
        <message>
            <source>Resolve {device}</source>
            <translation type="unfinished">Vyřešit {device}</translation>
        </message>
        <message>
            <source>what was found on the board</source>
            <translation type="unfinished">co se na desce zjistilo</translation>
        </message>
        <message>
            <source>who decides</source>
            <translation type="unfinished">kdo rozhoduje</translation>
        </message>
        <message>
            <source>Resolve as</source>
            <translation type="unfinished">Vyřešit jako</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation type="unfinished">Důvod</translation>
        </message>
        <message>
            <source>Decided by</source>
            <translation type="unfinished">Rozhodl(a)</translation>
        </message>
        <message>
            <source>{device} was left pending by a station that stopped mid-unit; its board may hold data. Once you have checked the board, record what becomes of it.</source>
            <translation type="unfinished">{device} zůstal nevyřízený, protože se stanice zastavila uprostřed kusu; jeho deska může obsahovat data. Až desku zkontrolujete, zaznamenejte, co s ní bude.</translation>
        </message>
    </context>
    <context>
        <name>ResultBanner</name>
        <message>
            <source>Ready</source>
            <translation type="unfinished">Připraveno</translation>
        </message>
        <message>
            <source>Plug in a board and press Provision next unit (or Enter).</source>
            <translation type="unfinished">Připojte desku a stiskněte Zřídit další kus (nebo Enter).</translation>
        </message>
        <message>
            <source>No job running</source>
            <translation type="unfinished">Neběží žádná úloha</translation>
        </message>
        <message>
            <source>Start one in Settings: choose the profile, ID scope and secrets, then press Save and start the job.</source>
            <translation type="unfinished">Spusťte ji v Nastavení: vyberte profil, ID scope a tajné údaje a stiskněte Uložit a spustit úlohu.</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation type="unfinished">Znovu</translation>
        </message>
        <message>
            <source> — attempt {attempt}</source>
            <translation type="unfinished"> — pokus {attempt}</translation>
        </message>
        <message>
            <source> Stick the label on the unit on {board}.</source>
            <translation type="unfinished"> Nalepte štítek na kus na {board}.</translation>
        </message>
        <message>
            <source>Provisioned on {board}.</source>
            <translation type="unfinished">Zřízeno na {board}.</translation>
        </message>
        <message>
            <source>Could not run the unit{unit}</source>
            <translation type="unfinished">Kus nešlo zpracovat{unit}</translation>
        </message>
        <message>
            <source>On {board}: {reason}</source>
            <translation type="unfinished">Na {board}: {reason}</translation>
        </message>
        <message>
            <source>Failed at {stage}{unit}</source>
            <translation type="unfinished">Selhalo ve fázi {stage}{unit}</translation>
        </message>
        <message>
            <source>While {doing} on {board}: {reason}</source>
            <translation type="unfinished">Během kroku „{doing}“ na {board}: {reason}</translation>
        </message>
    </context>
    <context>
        <name>Secrets</name>
        <message numerus="yes">
            <source>(%n characters)</source>
            <translation type="unfinished">
                <numerusform>(%n znak)</numerusform>
                <numerusform>(%n znaky)</numerusform>
                <numerusform>(%n znaků)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ServedLineView</name>
        <message>
            <source>Watching</source>
            <translation type="unfinished">Sledování</translation>
        </message>
        <message>
            <source>Units are started by the fixture or MES through station serve; this window only shows them.</source>
            <translation type="unfinished">Kusy spouští přípravek nebo MES přes station serve; toto okno je jen zobrazuje.</translation>
        </message>
        <message>
            <source>Served line at {url}</source>
            <translation type="unfinished">Automatizovaná linka na {url}</translation>
        </message>
        <message>
            <source>Not connected: {reason} — retrying</source>
            <translation type="unfinished">Nepřipojeno: {reason} — zkouší se znovu</translation>
        </message>
        <message>
            <source>Job {job}: profile {profile}, ID scope {scope}, {attestation}</source>
            <translation type="unfinished">Úloha {job}: profil {profile}, ID scope {scope}, {attestation}</translation>
        </message>
        <message>
            <source>Provisioned today: {count}</source>
            <translation type="unfinished">Dnes zřízeno: {count}</translation>
        </message>
        <message>
            <source>Port {port} — {name}</source>
            <translation type="unfinished">Port {port} — {name}</translation>
        </message>
        <message>
            <source>⚠  Label of {device} not printed: {problem}</source>
            <translation type="unfinished">⚠  Štítek {device} se nevytiskl: {problem}</translation>
        </message>
    </context>
    <context>
        <name>SettingsView</name>
        <message>
            <source>the profile's default</source>
            <translation type="unfinished">výchozí podle profilu</translation>
        </message>
        <message>
            <source>Demo mode: these are the demo's settings, shown read-only. Open the station without --demo to set up a real job.</source>
            <translation type="unfinished">Ukázkový režim: toto je nastavení ukázky, jen pro čtení. Chcete-li nastavit skutečnou úlohu, otevřete stanici bez --demo.</translation>
        </message>
        <message>
            <source>In the station's secrets (loaded from files)</source>
            <translation type="unfinished">V tajných údajích stanice (načtené ze souborů)</translation>
        </message>
        <message>
            <source>In a PKCS#11 token (HSM, smart card)</source>
            <translation type="unfinished">V tokenu PKCS#11 (HSM, čipová karta)</translation>
        </message>
        <message>
            <source>Station</source>
            <translation type="unfinished">Stanice</translation>
        </message>
        <message>
            <source>The system's ({language})</source>
            <translation type="unfinished">Podle systému ({language})</translation>
        </message>
        <message>
            <source>A new language shows when the window is next opened.</source>
            <translation type="unfinished">Nový jazyk se projeví při příštím otevření okna.</translation>
        </message>
        <message>
            <source>Station ID</source>
            <translation type="unfinished">ID stanice</translation>
        </message>
        <message>
            <source>Operator</source>
            <translation type="unfinished">Operátor</translation>
        </message>
        <message>
            <source>Language</source>
            <translation type="unfinished">Jazyk</translation>
        </message>
        <message>
            <source>Job</source>
            <translation type="unfinished">Úloha</translation>
        </message>
        <message>
            <source>e.g. 0ne0012ABCD</source>
            <translation type="unfinished">např. 0ne0012ABCD</translation>
        </message>
        <message>
            <source>optional DTMI</source>
            <translation type="unfinished">volitelné DTMI</translation>
        </message>
        <message>
            <source>Device key in the label's QR code</source>
            <translation type="unfinished">Klíč zařízení v QR kódu štítku</translation>
        </message>
        <message>
            <source>Put the device key in the label's QR code (SAS modes only; a certificate's key never leaves the board; never on a label printer's label)</source>
            <translation type="unfinished">Vložit klíč zařízení do QR kódu štítku (jen režimy SAS; klíč certifikátu nikdy neopustí desku; nikdy na štítku z tiskárny štítků)</translation>
        </message>
        <message>
            <source>ID scope</source>
            <translation type="unfinished">ID scope</translation>
        </message>
        <message>
            <source>Profile</source>
            <translation type="unfinished">Profil</translation>
        </message>
        <message>
            <source>Attestation</source>
            <translation type="unfinished">Atestace</translation>
        </message>
        <message>
            <source>Model ID</source>
            <translation type="unfinished">ID modelu</translation>
        </message>
        <message>
            <source>Units per day</source>
            <translation type="unfinished">Kusů za den</translation>
        </message>
        <message>
            <source>Secrets</source>
            <translation type="unfinished">Tajné údaje</translation>
        </message>
        <message>
            <source>Kept in {store}; never in the manifest.</source>
            <translation type="unfinished">Uloženo v {store}; nikdy v manifestu.</translation>
        </message>
        <message>
            <source>secrets passphrase</source>
            <translation type="unfinished">heslo k tajným údajům</translation>
        </message>
        <message>
            <source>type the new passphrase again</source>
            <translation type="unfinished">zadejte nové heslo znovu</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation type="unfinished">Odemknout</translation>
        </message>
        <message>
            <source>Again</source>
            <translation type="unfinished">Znovu</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation type="unfinished">Heslo</translation>
        </message>
        <message>
            <source>Keep</source>
            <translation type="unfinished">Uložit</translation>
        </message>
        <message>
            <source>Load from file…</source>
            <translation type="unfinished">Načíst ze souboru…</translation>
        </message>
        <message>
            <source>Forget</source>
            <translation type="unfinished">Zapomenout</translation>
        </message>
        <message>
            <source>Where the x509-group CA key and the sas-group group keys are: in the station's secrets, or inside a PKCS#11 token they never leave</source>
            <translation type="unfinished">Kde jsou klíč CA režimu x509-group a skupinové klíče režimu sas-group: v tajných údajích stanice, nebo uvnitř tokenu PKCS#11, který nikdy neopustí</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation type="unfinished">Klíče</translation>
        </message>
        <message>
            <source>paste the group key, or load a file</source>
            <translation type="unfinished">vložte skupinový klíč, nebo načtěte soubor</translation>
        </message>
        <message>
            <source>Group key</source>
            <translation type="unfinished">Skupinový klíč</translation>
        </message>
        <message>
            <source>optional: the group's secondary key, pasted or from a file</source>
            <translation type="unfinished">volitelné: sekundární klíč skupiny, vložený nebo ze souboru</translation>
        </message>
        <message>
            <source>Secondary group key</source>
            <translation type="unfinished">Sekundární skupinový klíč</translation>
        </message>
        <message>
            <source>CA certificate</source>
            <translation type="unfinished">Certifikát CA</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation type="unfinished">Vybrat…</translation>
        </message>
        <message>
            <source>Choose the CA certificate</source>
            <translation type="unfinished">Vybrat certifikát CA</translation>
        </message>
        <message>
            <source>the CA key's passphrase, if any</source>
            <translation type="unfinished">heslo ke klíči CA, pokud nějaké má</translation>
        </message>
        <message>
            <source>CA key passphrase</source>
            <translation type="unfinished">Heslo ke klíči CA</translation>
        </message>
        <message>
            <source>CA private key</source>
            <translation type="unfinished">Soukromý klíč CA</translation>
        </message>
        <message>
            <source>the token's user PIN</source>
            <translation type="unfinished">uživatelský PIN tokenu</translation>
        </message>
        <message>
            <source>Check the token</source>
            <translation type="unfinished">Zkontrolovat token</translation>
        </message>
        <message>
            <source>Group key in token</source>
            <translation type="unfinished">Skupinový klíč v tokenu</translation>
        </message>
        <message>
            <source>Secondary key in token</source>
            <translation type="unfinished">Sekundární klíč v tokenu</translation>
        </message>
        <message>
            <source>CA key in token</source>
            <translation type="unfinished">Klíč CA v tokenu</translation>
        </message>
        <message>
            <source>Token PIN</source>
            <translation type="unfinished">PIN tokenu</translation>
        </message>
        <message>
            <source>Served line</source>
            <translation type="unfinished">Automatizovaná linka</translation>
        </message>
        <message>
            <source>Watch a line that station serve drives (a fixture or MES starts its units)</source>
            <translation type="unfinished">Sledovat linku řízenou přes station serve (kusy spouští přípravek nebo MES)</translation>
        </message>
        <message>
            <source>the API token station serve-token showed</source>
            <translation type="unfinished">token API, který zobrazil station serve-token</translation>
        </message>
        <message>
            <source>Watch now</source>
            <translation type="unfinished">Sledovat hned</translation>
        </message>
        <message>
            <source>Address</source>
            <translation type="unfinished">Adresa</translation>
        </message>
        <message>
            <source>API token</source>
            <translation type="unfinished">Token API</translation>
        </message>
        <message>
            <source>Save settings</source>
            <translation type="unfinished">Uložit nastavení</translation>
        </message>
        <message>
            <source>Save and start the job</source>
            <translation type="unfinished">Uložit a spustit úlohu</translation>
        </message>
        <message>
            <source>A pkcs11: URI naming the token and the key: {form} (no PIN in it)</source>
            <translation type="unfinished">URI pkcs11: určující token a klíč: {form} (bez PINu)</translation>
        </message>
        <message>
            <source>Choose a profile</source>
            <translation type="unfinished">Vyberte profil</translation>
        </message>
        <message>
            <source>Enter the ID scope</source>
            <translation type="unfinished">Zadejte ID scope</translation>
        </message>
        <message>
            <source>Create</source>
            <translation type="unfinished">Vytvořit</translation>
        </message>
        <message>
            <source>choose a passphrase for the secrets</source>
            <translation type="unfinished">zvolte heslo k tajným údajům</translation>
        </message>
        <message>
            <source>not set</source>
            <translation type="unfinished">nenastaveno</translation>
        </message>
        <message>
            <source>No secrets are kept yet: choose a passphrase and type it twice. It opens the secrets from then on; it cannot be recovered.</source>
            <translation type="unfinished">Zatím nejsou uloženy žádné tajné údaje: zvolte heslo a zadejte jej dvakrát. Od té doby jimi odemyká tajné údaje; nelze jej obnovit.</translation>
        </message>
        <message>
            <source>Locked: type the passphrase to load or change secrets.</source>
            <translation type="unfinished">Zamčeno: zadejte heslo, chcete-li načíst nebo změnit tajné údaje.</translation>
        </message>
        <message>
            <source>(locked)</source>
            <translation type="unfinished">(zamčeno)</translation>
        </message>
        <message>
            <source>Unlocked.</source>
            <translation type="unfinished">Odemčeno.</translation>
        </message>
        <message>
            <source>not set (units get a primary key only)</source>
            <translation type="unfinished">nenastaveno (kusy dostanou jen primární klíč)</translation>
        </message>
        <message>
            <source>CA key kept, but it cannot be used: {reason}</source>
            <translation type="unfinished">Klíč CA je uložen, ale nelze jej použít: {reason}</translation>
        </message>
        <message>
            <source>the two passphrases differ</source>
            <translation type="unfinished">obě hesla se liší</translation>
        </message>
        <message>
            <source>type the new passphrase again, the same in both fields</source>
            <translation type="unfinished">zadejte nové heslo znovu, v obou polích stejně</translation>
        </message>
        <message>
            <source>Secrets passphrase chosen; keep it safe.</source>
            <translation type="unfinished">Heslo k tajným údajům je zvoleno; dobře jej uschovejte.</translation>
        </message>
        <message>
            <source>Group key kept.</source>
            <translation type="unfinished">Skupinový klíč uložen.</translation>
        </message>
        <message>
            <source>cannot read the group key file {path}: {reason}</source>
            <translation type="unfinished">soubor skupinového klíče {path} nelze přečíst: {reason}</translation>
        </message>
        <message>
            <source>choose the file the key was saved in</source>
            <translation type="unfinished">vyberte soubor, do kterého byl klíč uložen</translation>
        </message>
        <message>
            <source>the secondary group key is the same as the primary one</source>
            <translation type="unfinished">sekundární skupinový klíč je stejný jako primární</translation>
        </message>
        <message>
            <source>give the enrollment group's secondary key</source>
            <translation type="unfinished">zadejte sekundární klíč registrační skupiny</translation>
        </message>
        <message>
            <source>Secondary group key kept.</source>
            <translation type="unfinished">Sekundární skupinový klíč uložen.</translation>
        </message>
        <message>
            <source>Secondary group key forgotten: units get a primary key only.</source>
            <translation type="unfinished">Sekundární skupinový klíč zapomenut: kusy dostanou jen primární klíč.</translation>
        </message>
        <message>
            <source>Load the secondary group key</source>
            <translation type="unfinished">Načíst sekundární skupinový klíč</translation>
        </message>
        <message>
            <source>cannot read the key file {path}: {reason}</source>
            <translation type="unfinished">soubor klíče {path} nelze přečíst: {reason}</translation>
        </message>
        <message>
            <source>Load the group key</source>
            <translation type="unfinished">Načíst skupinový klíč</translation>
        </message>
        <message>
            <source>CA key passphrase kept.</source>
            <translation type="unfinished">Heslo ke klíči CA uloženo.</translation>
        </message>
        <message>
            <source>cannot read the CA key file {path}: {reason}</source>
            <translation type="unfinished">soubor klíče CA {path} nelze přečíst: {reason}</translation>
        </message>
        <message>
            <source>choose the file the CA's private key was saved in</source>
            <translation type="unfinished">vyberte soubor, do kterého byl uložen soukromý klíč CA</translation>
        </message>
        <message>
            <source>the CA key file {path} holds text that is not UTF-8 around the key</source>
            <translation type="unfinished">soubor klíče CA {path} obsahuje kolem klíče text, který není v UTF-8</translation>
        </message>
        <message>
            <source>save the key as a plain PEM file and load it again</source>
            <translation type="unfinished">uložte klíč jako prostý soubor PEM a načtěte jej znovu</translation>
        </message>
        <message>
            <source>{summary}. The station no longer needs {path}.</source>
            <translation type="unfinished">{summary}. Stanice už {path} nepotřebuje.</translation>
        </message>
        <message>
            <source>CA key removed from the secret store.</source>
            <translation type="unfinished">Klíč CA odstraněn z tajných údajů.</translation>
        </message>
        <message>
            <source>Load the CA private key</source>
            <translation type="unfinished">Načíst soukromý klíč CA</translation>
        </message>
        <message>
            <source>PEM files (*.pem *.key);;All files (*)</source>
            <translation type="unfinished">Soubory PEM (*.pem *.key);;Všechny soubory (*)</translation>
        </message>
        <message>
            <source>Unlock the secrets to move the CA key from {path} into the secret store.</source>
            <translation type="unfinished">Odemkněte tajné údaje, aby se klíč CA z {path} přesunul do tajných údajů.</translation>
        </message>
        <message>
            <source>The CA key from {path} is now kept in {store}; the station no longer reads that file.</source>
            <translation type="unfinished">Klíč CA z {path} je nyní uložen v {store}; stanice už ten soubor nečte.</translation>
        </message>
        <message>
            <source>{path} is not there</source>
            <translation type="unfinished">{path} tam není</translation>
        </message>
        <message>
            <source>The CA key is now kept in the secret store, and the one in {path} could not be moved there ({reason}). Load the CA private key again.</source>
            <translation type="unfinished">Klíč CA se nyní ukládá do tajných údajů a klíč z {path} tam nešlo přesunout ({reason}). Načtěte soukromý klíč CA znovu.</translation>
        </message>
        <message>
            <source>PEM files (*.pem *.crt *.key);;All files (*)</source>
            <translation type="unfinished">Soubory PEM (*.pem *.crt *.key);;Všechny soubory (*)</translation>
        </message>
        <message>
            <source>Name the keys' token above; its PIN is kept here.</source>
            <translation type="unfinished">Výše zadejte token s klíči; jeho PIN se uloží zde.</translation>
        </message>
        <message>
            <source>PIN kept for token '{token}'</source>
            <translation type="unfinished">PIN pro token „{token}“ uložen</translation>
        </message>
        <message>
            <source>no PIN kept for token '{token}'</source>
            <translation type="unfinished">pro token „{token}“ není uložen PIN</translation>
        </message>
        <message>
            <source>no token is named yet</source>
            <translation type="unfinished">zatím není zadán žádný token</translation>
        </message>
        <message>
            <source>give the pkcs11: URI of the key first</source>
            <translation type="unfinished">nejdřív zadejte URI pkcs11: klíče</translation>
        </message>
        <message>
            <source>the PIN is empty</source>
            <translation type="unfinished">PIN je prázdný</translation>
        </message>
        <message>
            <source>type the token's user PIN</source>
            <translation type="unfinished">zadejte uživatelský PIN tokenu</translation>
        </message>
        <message>
            <source>PIN kept in {store}.</source>
            <translation type="unfinished">PIN uložen v {store}.</translation>
        </message>
        <message>
            <source>Checking the token…</source>
            <translation type="unfinished">Kontroluje se token…</translation>
        </message>
        <message>
            <source>The token is ready: {what}.</source>
            <translation type="unfinished">Token je připraven: {what}.</translation>
        </message>
        <message>
            <source>the API token is empty</source>
            <translation type="unfinished">token API je prázdný</translation>
        </message>
        <message>
            <source>paste the token station serve-token showed</source>
            <translation type="unfinished">vložte token, který zobrazil station serve-token</translation>
        </message>
        <message>
            <source>API token kept in {store}.</source>
            <translation type="unfinished">Token API uložen v {store}.</translation>
        </message>
        <message>
            <source>Saved to {path}.</source>
            <translation type="unfinished">Uloženo do {path}.</translation>
        </message>
        <message>
            <source>The job cannot start yet: fill in or correct the marked fields.</source>
            <translation type="unfinished">Úlohu zatím nelze spustit: vyplňte nebo opravte označená pole.</translation>
        </message>
        <message>
            <source>CA key loaded: {ca}, certificate SHA-256 fingerprint {fingerprint}</source>
            <translation type="unfinished">Klíč CA načten: {ca}, otisk SHA-256 certifikátu {fingerprint}</translation>
        </message>
    </context>
    <context>
        <name>TokenKeys</name>
        <message>
            <source>the CA key of {ca} signs in the token</source>
            <translation type="unfinished">klíč CA {ca} podepisuje uvnitř tokenu</translation>
        </message>
        <message>
            <source>the group key derives device keys in the token</source>
            <translation type="unfinished">skupinový klíč odvozuje klíče zařízení uvnitř tokenu</translation>
        </message>
        <message>
            <source>so does the secondary group key</source>
            <translation type="unfinished">stejně tak sekundární skupinový klíč</translation>
        </message>
        <message>
            <source>no key in a token is named</source>
            <translation type="unfinished">není zadán žádný klíč v tokenu</translation>
        </message>
        <message>
            <source>give the pkcs11: URI of the CA key or the group key in Settings, or keep the keys in the secret store</source>
            <translation type="unfinished">zadejte v Nastavení URI pkcs11: klíče CA nebo skupinového klíče, nebo ponechte klíče v tajných údajích</translation>
        </message>
        <message>
            <source>the token's PIN is kept in the station's secrets, which are locked</source>
            <translation type="unfinished">PIN tokenu je uložen v tajných údajích stanice, které jsou zamčené</translation>
        </message>
        <message>
            <source>unlock the secrets in Settings, then start the job</source>
            <translation type="unfinished">odemkněte tajné údaje v Nastavení a pak spusťte úlohu</translation>
        </message>
        <message>
            <source>the CA key in the token needs its CA certificate</source>
            <translation type="unfinished">klíč CA v tokenu potřebuje svůj certifikát CA</translation>
        </message>
        <message>
            <source>choose the CA certificate file in Settings</source>
            <translation type="unfinished">vyberte v Nastavení soubor certifikátu CA</translation>
        </message>
        <message>
            <source>cannot read the CA certificate file {path}: {reason}</source>
            <translation type="unfinished">soubor certifikátu CA {path} nelze přečíst: {reason}</translation>
        </message>
        <message>
            <source>choose the CA certificate file again in Settings</source>
            <translation type="unfinished">vyberte v Nastavení soubor certifikátu CA znovu</translation>
        </message>
        <message>
            <source>the CA certificate file {path} holds no PEM certificate</source>
            <translation type="unfinished">soubor certifikátu CA {path} neobsahuje žádný certifikát PEM</translation>
        </message>
        <message>
            <source>choose the CA's certificate file</source>
            <translation type="unfinished">vyberte soubor certifikátu CA</translation>
        </message>
    </context>
    <context>
        <name>UnitTableModel</name>
        <message>
            <source>Device ID</source>
            <translation type="unfinished">ID zařízení</translation>
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished">Stav</translation>
        </message>
        <message>
            <source>Failed at / reason</source>
            <translation type="unfinished">Selhalo ve fázi / důvod</translation>
        </message>
        <message>
            <source>Recorded</source>
            <translation type="unfinished">Zaznamenáno</translation>
        </message>
        <message>
            <source>Provisioned</source>
            <translation type="unfinished">Zřízeno</translation>
        </message>
        <message>
            <source>Profile</source>
            <translation type="unfinished">Profil</translation>
        </message>
        <message>
            <source>Attestation</source>
            <translation type="unfinished">Atestace</translation>
        </message>
        <message>
            <source>Job</source>
            <translation type="unfinished">Úloha</translation>
        </message>
        <message>
            <source>Operator</source>
            <translation type="unfinished">Operátor</translation>
        </message>
        <message>
            <source>Station</source>
            <translation type="unfinished">Stanice</translation>
        </message>
        <message>
            <source>Port</source>
            <translation type="unfinished">Port</translation>
        </message>
        <message>
            <source>Cloud status</source>
            <translation type="unfinished">Stav v cloudu</translation>
        </message>
        <message>
            <source>Manifest</source>
            <translation type="unfinished">Manifest</translation>
        </message>
        <message>
            <source>pending</source>
            <translation type="unfinished">nevyřízeno</translation>
        </message>
        <message>
            <source>provisioned</source>
            <translation type="unfinished">zřízeno</translation>
        </message>
        <message>
            <source>failed</source>
            <translation type="unfinished">chyba</translation>
        </message>
        <message>
            <source>connected</source>
            <translation type="unfinished">připojeno</translation>
        </message>
        <message>
            <source>never connected</source>
            <translation type="unfinished">nikdy nepřipojeno</translation>
        </message>
        <message>
            <source>blocked</source>
            <translation type="unfinished">blokováno</translation>
        </message>
        <message>
            <source>failed to register</source>
            <translation type="unfinished">registrace selhala</translation>
        </message>
        <message>
            <source>waiting for approval</source>
            <translation type="unfinished">čeká na schválení</translation>
        </message>
        <message>
            <source>another attestation</source>
            <translation type="unfinished">jiná atestace</translation>
        </message>
        <message>
            <source>not read yet</source>
            <translation type="unfinished">zatím nenačteno</translation>
        </message>
        <message>
            <source>{detail} (read {time})</source>
            <translation type="unfinished">{detail} (načteno {time})</translation>
        </message>
        <message>
            <source>Cloud status ({service})</source>
            <translation type="unfinished">Stav v cloudu ({service})</translation>
        </message>
    </context>
    <context>
        <name>UploadDialog</name>
        <message>
            <source>DPS (individual enrollments)</source>
            <translation type="unfinished">DPS (jednotlivé registrace)</translation>
        </message>
        <message>
            <source>DPS connection string</source>
            <translation type="unfinished">připojovací řetězec DPS</translation>
        </message>
        <message>
            <source>IoT Central API token</source>
            <translation type="unfinished">token API IoT Central</translation>
        </message>
        <message>
            <source>the saved secret in {store}</source>
            <translation type="unfinished">uložený tajný údaj v {store}</translation>
        </message>
        <message>
            <source>the environment variable {name}</source>
            <translation type="unfinished">proměnná prostředí {name}</translation>
        </message>
        <message>
            <source>No {what}: paste it below and press Keep, or set {variable}.</source>
            <translation type="unfinished">Chybí {what}: vložte jej níže a stiskněte Uložit, nebo nastavte {variable}.</translation>
        </message>
        <message>
            <source>No {what}: unlock the station's secrets in Settings, or paste it below and press Keep, or set {variable}.</source>
            <translation type="unfinished">Chybí {what}: odemkněte tajné údaje stanice v Nastavení, nebo jej vložte níže a stiskněte Uložit, nebo nastavte {variable}.</translation>
        </message>
        <message>
            <source>The {what} from {where} is unusable: {reason}</source>
            <translation type="unfinished">{what} z {where} nelze použít: {reason}</translation>
        </message>
        <message>
            <source>An IoT Central status refresh needs the application's URL: type it above, https://NAME.azureiotcentral.com.</source>
            <translation type="unfinished">Obnovení stavu z IoT Central potřebuje URL aplikace: zadejte ji výše, https://NAME.azureiotcentral.com.</translation>
        </message>
        <message>
            <source>An IoT Central upload needs the application's URL: type it above, https://NAME.azureiotcentral.com.</source>
            <translation type="unfinished">Nahrání do IoT Central potřebuje URL aplikace: zadejte ji výše, https://NAME.azureiotcentral.com.</translation>
        </message>
        <message>
            <source>Device ID</source>
            <translation type="unfinished">ID zařízení</translation>
        </message>
        <message>
            <source>State</source>
            <translation type="unfinished">Stav</translation>
        </message>
        <message>
            <source>Batch</source>
            <translation type="unfinished">Dávka</translation>
        </message>
        <message>
            <source>Time</source>
            <translation type="unfinished">Čas</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation type="unfinished">Důvod</translation>
        </message>
        <message>
            <source>would be sent</source>
            <translation type="unfinished">bylo by odesláno</translation>
        </message>
        <message>
            <source>The service refused the credential; nothing more was sent.</source>
            <translation type="unfinished">Služba odmítla přihlašovací údaj; nic dalšího se neodeslalo.</translation>
        </message>
        <message>
            <source>Upload stopped on request.</source>
            <translation type="unfinished">Nahrávání zastaveno na žádost.</translation>
        </message>
        <message>
            <source>The service could not be reached; the upload stopped.</source>
            <translation type="unfinished">Službu nebylo možné zastihnout; nahrávání se zastavilo.</translation>
        </message>
        <message>
            <source>The upload stopped.</source>
            <translation type="unfinished">Nahrávání se zastavilo.</translation>
        </message>
        <message>
            <source>What to do: {hint}</source>
            <translation type="unfinished">Co dělat: {hint}</translation>
        </message>
        <message>
            <source>Upload enrollments</source>
            <translation type="unfinished">Nahrát registrace</translation>
        </message>
        <message>
            <source>Application URL</source>
            <translation type="unfinished">URL aplikace</translation>
        </message>
        <message>
            <source>Keep</source>
            <translation type="unfinished">Uložit</translation>
        </message>
        <message>
            <source>the service's own address (leave empty)</source>
            <translation type="unfinished">vlastní adresa služby (nechte prázdné)</translation>
        </message>
        <message>
            <source>Dry run: send nothing; write the requests to a file</source>
            <translation type="unfinished">Zkušební běh: nic neodesílat; požadavky zapsat do souboru</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation type="unfinished">Vybrat…</translation>
        </message>
        <message>
            <source>Manifests</source>
            <translation type="unfinished">Manifesty</translation>
        </message>
        <message>
            <source>Manifest</source>
            <translation type="unfinished">Manifest</translation>
        </message>
        <message>
            <source>Upload to</source>
            <translation type="unfinished">Nahrát do</translation>
        </message>
        <message>
            <source>Credential</source>
            <translation type="unfinished">Přihlašovací údaj</translation>
        </message>
        <message>
            <source>Endpoint override</source>
            <translation type="unfinished">Jiný koncový bod</translation>
        </message>
        <message>
            <source>Requests file</source>
            <translation type="unfinished">Soubor s požadavky</translation>
        </message>
        <message>
            <source>Start</source>
            <translation type="unfinished">Spustit</translation>
        </message>
        <message>
            <source>Close</source>
            <translation type="unfinished">Zavřít</translation>
        </message>
        <message>
            <source>API token</source>
            <translation type="unfinished">Token API</translation>
        </message>
        <message>
            <source>Connection string</source>
            <translation type="unfinished">Připojovací řetězec</translation>
        </message>
        <message>
            <source>paste the {what} to keep it as a secret</source>
            <translation type="unfinished">vložte {what} a uložte jej jako tajný údaj</translation>
        </message>
        <message>
            <source>From {where}: {masked}</source>
            <translation type="unfinished">Z {where}: {masked}</translation>
        </message>
        <message>
            <source>the IoT Central API token is empty</source>
            <translation type="unfinished">token API IoT Central je prázdný</translation>
        </message>
        <message>
            <source>paste the token shown when it was made in IoT Central</source>
            <translation type="unfinished">vložte token zobrazený při jeho vytvoření v IoT Central</translation>
        </message>
        <message>
            <source>{what} kept in {store}.</source>
            <translation type="unfinished">{what} uložen v {store}.</translation>
        </message>
        <message>
            <source>Write the dry run's requests to</source>
            <translation type="unfinished">Zapsat požadavky zkušebního běhu do</translation>
        </message>
        <message>
            <source>JSON files (*.json);;All files (*)</source>
            <translation type="unfinished">Soubory JSON (*.json);;Všechny soubory (*)</translation>
        </message>
        <message>
            <source>Choose the file the dry run writes its requests to.</source>
            <translation type="unfinished">Vyberte soubor, do kterého zkušební běh zapíše požadavky.</translation>
        </message>
        <message>
            <source>Uploading to {service} using {where}…</source>
            <translation type="unfinished">Nahrává se do {service} pomocí {where}…</translation>
        </message>
        <message>
            <source>Planning the dry run…</source>
            <translation type="unfinished">Připravuje se zkušební běh…</translation>
        </message>
        <message>
            <source>Stopping after the request in progress…</source>
            <translation type="unfinished">Zastaví se po probíhajícím požadavku…</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation type="unfinished">Zastavit</translation>
        </message>
        <message>
            <source>manifest {number} of {count}: </source>
            <translation type="unfinished">manifest {number} z {count}: </translation>
        </message>
        <message numerus="yes">
            <source>{done} of %n unit(s) settled — {message}</source>
            <translation type="unfinished">
                <numerusform>vyřízeno {done} z %n kusu — {message}</numerusform>
                <numerusform>vyřízeno {done} z %n kusů — {message}</numerusform>
                <numerusform>vyřízeno {done} z %n kusů — {message}</numerusform>
            </translation>
        </message>
        <message>
            <source> (the other manifests' beside it, numbered -2 to -{last})</source>
            <translation type="unfinished"> (soubory ostatních manifestů vedle něj, číslované -2 až -{last})</translation>
        </message>
        <message>
            <source>Nothing was sent; the requests are in {file}{more}.</source>
            <translation type="unfinished">Nic se neodeslalo; požadavky jsou v {file}{more}.</translation>
        </message>
        <message>
            <source>Every unit is uploaded or needs no upload.</source>
            <translation type="unfinished">Každý kus je nahrán nebo nahrání nepotřebuje.</translation>
        </message>
        <message>
            <source>Some units were not uploaded: their reasons are listed below.</source>
            <translation type="unfinished">Některé kusy se nenahrály: důvody jsou uvedeny níže.</translation>
        </message>
        <message>
            <source>The upload did not run.</source>
            <translation type="unfinished">Nahrávání neproběhlo.</translation>
        </message>
        <message>
            <source>units not reached stay pending; start the upload again and it resumes where it stopped</source>
            <translation type="unfinished">nezpracované kusy zůstanou nevyřízené; spusťte nahrávání znovu a bude pokračovat, kde skončilo</translation>
        </message>
        <message>
            <source>the upload broke down: unexpected {error}: {text}</source>
            <translation type="unfinished">nahrávání selhalo: neočekávaná chyba {error}: {text}</translation>
        </message>
        <message>
            <source>report this to the station's engineer; the manifest keeps every state recorded so far</source>
            <translation type="unfinished">nahlaste to technikovi stanice; manifest uchovává všechny dosud zaznamenané stavy</translation>
        </message>
        <message>
            <source>the upload was stopped before every unit was sent</source>
            <translation type="unfinished">nahrávání bylo zastaveno dříve, než se odeslaly všechny kusy</translation>
        </message>
        <message>
            <source>the upload was stopped while it waited for the service</source>
            <translation type="unfinished">nahrávání bylo zastaveno během čekání na službu</translation>
        </message>
        <message>
            <source>cannot write the dry run's requests to {path}: {reason}</source>
            <translation type="unfinished">požadavky zkušebního běhu nelze zapsat do {path}: {reason}</translation>
        </message>
        <message>
            <source>choose a file in a folder the station may write to</source>
            <translation type="unfinished">vyberte soubor ve složce, do které smí stanice zapisovat</translation>
        </message>
    </context>
    <context>
        <name>VirtualBoards</name>
        <message>
            <source>there is no job to make virtual boards for</source>
            <translation type="unfinished">není žádná úloha, pro kterou vytvořit virtuální desky</translation>
        </message>
        <message>
            <source>start a job first (Settings, or `station gui --demo`)</source>
            <translation type="unfinished">nejdřív spusťte úlohu (Nastavení nebo `station gui --demo`)</translation>
        </message>
        <message>
            <source>Virtual board {number}</source>
            <translation type="unfinished">Virtuální deska {number}</translation>
        </message>
    </context>
    <context>
        <name>YieldView</name>
        <message>
            <source>Units per hour — last 24 hours</source>
            <translation type="unfinished">Kusy za hodinu — posledních 24 hodin</translation>
        </message>
        <message numerus="yes">
            <source>Units per day — last %n days</source>
            <translation type="unfinished">
                <numerusform>Kusy za den — poslední %n den</numerusform>
                <numerusform>Kusy za den — poslední %n dny</numerusform>
                <numerusform>Kusy za den — posledních %n dní</numerusform>
            </translation>
        </message>
        <message>
            <source>Top failure reasons by stage</source>
            <translation type="unfinished">Nejčastější důvody chyb podle fází</translation>
        </message>
        <message>
            <source>No failures in this period.</source>
            <translation type="unfinished">V tomto období žádné chyby.</translation>
        </message>
        <message numerus="yes">
            <source>Connected to {service} within days of provisioning — {read} of %Ln provisioned unit(s) read</source>
            <translation type="unfinished">
                <numerusform>Připojeno k {service} do několika dnů od zřízení — načteno {read} z %Ln zřízeného kusu</numerusform>
                <numerusform>Připojeno k {service} do několika dnů od zřízení — načteno {read} z %Ln zřízených kusů</numerusform>
                <numerusform>Připojeno k {service} do několika dnů od zřízení — načteno {read} z %Ln zřízených kusů</numerusform>
            </translation>
        </message>
        <message>
            <source>No cloud status read yet: Manifest tab, Refresh cloud status…</source>
            <translation type="unfinished">Stav v cloudu zatím nenačten: karta Manifest, Obnovit stav v cloudu…</translation>
        </message>
        <message numerus="yes">
            <source>within %n day(s): {count} of {read} ({share} %)</source>
            <translation type="unfinished">
                <numerusform>do %n dne: {count} z {read} ({share} %)</numerusform>
                <numerusform>do %n dnů: {count} z {read} ({share} %)</numerusform>
                <numerusform>do %n dnů: {count} z {read} ({share} %)</numerusform>
            </translation>
        </message>
        <message>
            <source>connected at all: {count} of {read}</source>
            <translation type="unfinished">vůbec připojeno: {count} z {read}</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation type="unfinished">Obnovit</translation>
        </message>
        <message>
            <source>No manifest chosen: open or tick one in the Manifest tab.</source>
            <translation type="unfinished">Není vybrán žádný manifest: otevřete nebo zaškrtněte jej na kartě Manifest.</translation>
        </message>
        <message>
            <source>The yield cannot be read: {reason}</source>
            <translation type="unfinished">Výtěžnost nelze načíst: {reason}</translation>
        </message>
        <message numerus="yes">
            <source> (%n manifests)</source>
            <translation type="unfinished">
                <numerusform> (%n manifest)</numerusform>
                <numerusform> (%n manifesty)</numerusform>
                <numerusform> (%n manifestů)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Last %n days{where}: {passed} passed, {failed} failed of {ended} attempts — yield {share} %</source>
            <translation type="unfinished">
                <numerusform>Poslední %n den{where}: {passed} v pořádku, {failed} chybných z {ended} pokusů — výtěžnost {share} %</numerusform>
                <numerusform>Poslední %n dny{where}: {passed} v pořádku, {failed} chybných z {ended} pokusů — výtěžnost {share} %</numerusform>
                <numerusform>Posledních %n dní{where}: {passed} v pořádku, {failed} chybných z {ended} pokusů — výtěžnost {share} %</numerusform>
            </translation>
        </message>
    </context>
</TS>
