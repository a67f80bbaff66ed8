<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cs" sourcelanguage="en">
    <context>
        <name>ActiveJob</name>
        <message>
            <source>{rule} matching {pattern}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>{rule} odpovídající {pattern}</translation>
        </message>
        <message>
            <source>no CA certificate is chosen</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>není vybrán žádný certifikát CA</translation>
        </message>
        <message>
            <source>choose the CA certificate file in Settings before loading its key</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>před načtením klíče vyberte v Nastavení soubor certifikátu CA</translation>
        </message>
        <message>
            <source>cannot read the CA certificate file {path}: {reason}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>soubor certifikátu CA {path} nelze přečíst: {reason}</translation>
        </message>
        <message>
            <source>choose the CA certificate file again in Settings</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>vyberte v Nastavení soubor certifikátu CA znovu</translation>
        </message>
    </context>
    <context>
        <name>CloudSetupDialog</name>
        <message>
            <source>no profile is chosen</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>není vybrán žádný profil</translation>
        </message>
        <message>
            <source>choose the job's profile in Settings first</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>nejdřív v Nastavení vyberte profil úlohy</translation>
        </message>
        <message>
            <source>the job's attestation is not chosen</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>není zvolena atestace úlohy</translation>
        </message>
        <message>
            <source>choose it in Settings</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>zvolte ji v Nastavení</translation>
        </message>
        <message>
            <source>{mode} units are enrolled one by one: there is no enrollment group to set up</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>kusy v režimu {mode} se registrují jednotlivě: není žádná registrační skupina k nastavení</translation>
        </message>
        <message>
            <source>upload them from the Manifest tab once provisioned, or choose a group attestation</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>po zřízení je nahrajte z karty Manifest, nebo zvolte skupinovou atestaci</translation>
        </message>
        <message>
            <source>an X.509 group needs the CA certificate</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>skupina X.509 potřebuje certifikát CA</translation>
        </message>
        <message>
            <source>choose the CA certificate file in Settings</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>vyberte v Nastavení soubor certifikátu CA</translation>
        </message>
        <message>
            <source>cannot read the CA certificate file {path}: {reason}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>soubor certifikátu CA {path} nelze přečíst: {reason}</translation>
        </message>
        <message>
            <source>choose the CA certificate file again in Settings</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>vyberte v Nastavení soubor certifikátu CA znovu</translation>
        </message>
        <message>
            <source>the CA certificate file holds no PEM certificate</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>soubor certifikátu CA neobsahuje žádný certifikát PEM</translation>
        </message>
        <message>
            <source>choose the CA's certificate file</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>vyberte soubor certifikátu CA</translation>
        </message>
        <message>
            <source>verifying the CA needs its key, and none is kept</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>ověření CA potřebuje její klíč a žádný není uložen</translation>
        </message>
        <message>
            <source>load the CA private key in Settings (or name it in the token)</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>načtěte soukromý klíč CA v Nastavení (nebo jej zadejte v tokenu)</translation>
        </message>
        <message>
            <source>the set-up was stopped</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>nastavení bylo zastaveno</translation>
        </message>
        <message>
            <source>set it up again: each step that was done is found done</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>nastavte znovu: každý hotový krok se pozná jako hotový</translation>
        </message>
        <message>
            <source>opening the CA…</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>otevírá se CA…</translation>
        </message>
        <message>
            <source>Set up in the cloud</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Nastavit v cloudu</translation>
        </message>
        <message>
            <source>Application URL</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>URL aplikace</translation>
        </message>
        <message>
            <source>Keep</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Uložit</translation>
        </message>
        <message>
            <source>the service's own address (leave empty)</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>vlastní adresa služby (nechte prázdné)</translation>
        </message>
        <message>
            <source>Job</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Úloha</translation>
        </message>
        <message>
            <source>Service</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Služba</translation>
        </message>
        <message>
            <source>Credential</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Přihlašovací údaj</translation>
        </message>
        <message>
            <source>Endpoint override</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Jiný koncový bod</translation>
        </message>
        <message>
            <source>Enrollment group ID</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>ID registrační skupiny</translation>
        </message>
        <message>
            <source>Set up</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Nastavit</translation>
        </message>
        <message>
            <source>Close</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Zavřít</translation>
        </message>
        <message>
            <source>its keys go into the token</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>její klíče se uloží do tokenu</translation>
        </message>
        <message>
            <source>its keys go into {store}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>její klíče se uloží do {store}</translation>
        </message>
        <message>
            <source>its CA is uploaded and verified with the CA key</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>její CA se nahraje a ověří klíčem CA</translation>
        </message>
        <message>
            <source>{profile}, {mode}: {kind} enrollment group; {where}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>{profile}, {mode}: registrační skupina {kind}; {where}</translation>
        </message>
        <message>
            <source>API token</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Token API</translation>
        </message>
        <message>
            <source>Connection string</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Připojovací řetězec</translation>
        </message>
        <message>
            <source>paste the {what} to keep it as a secret</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>vložte {what} a uložte jej jako tajný údaj</translation>
        </message>
        <message>
            <source>From {where}: {masked}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Zdroj — {where}: {masked}</translation>
        </message>
        <message>
            <source>{what} kept in {store}.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Uloženo v {store}: {what}.</translation>
        </message>
        <message>
            <source>no IoT Central application URL</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>chybí URL aplikace IoT Central</translation>
        </message>
        <message>
            <source>type it above, https://NAME.azureiotcentral.com</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>zadejte ji výše, https://NAME.azureiotcentral.com</translation>
        </message>
        <message>
            <source>the station's secrets are locked</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>tajné údaje stanice jsou zamčené</translation>
        </message>
        <message>
            <source>unlock them in Settings, then set up again</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>odemkněte je v Nastavení a pak nastavte znovu</translation>
        </message>
        <message>
            <source>the keys are kept in a token, but no group key URI is named</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>klíče jsou v tokenu, ale není zadáno URI skupinového klíče</translation>
        </message>
        <message>
            <source>give the group key's pkcs11: URI in Settings</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>zadejte v Nastavení URI pkcs11: skupinového klíče</translation>
        </message>
        <message>
            <source>the set-up broke down: unexpected {error}: {text}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>nastavení selhalo: neočekávaná chyba {error}: {text}</translation>
        </message>
        <message>
            <source>report this to the station's engineer; setting up again finds done what was done</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>nahlaste to technikovi stanice; při novém nastavení se pozná, co už je hotové</translation>
        </message>
    </context>
    <context>
        <name>CloudStatusDialog</name>
        <message>
            <source>every page read so far is recorded; refresh again and it resumes there</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>každá dosud načtená stránka je zaznamenána; obnovte znovu a bude se pokračovat odtud</translation>
        </message>
        <message>
            <source>the refresh was stopped before every page was read</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>obnovení bylo zastaveno dříve, než se načetly všechny stránky</translation>
        </message>
        <message>
            <source>the refresh was stopped while it waited for the service</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>obnovení bylo zastaveno během čekání na službu</translation>
        </message>
        <message>
            <source>the manifest {path} cannot record the statuses: {reason}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>manifest {path} nemůže zaznamenat stavy: {reason}</translation>
        </message>
        <message>
            <source>check that the file is a station's manifest on a writable disk</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>ověřte, že soubor je manifest stanice na zapisovatelném disku</translation>
        </message>
        <message>
            <source>the refresh broke down: unexpected {error}: {text}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>obnovení selhalo: neočekávaná chyba {error}: {text}</translation>
        </message>
        <message>
            <source>report this to the station's engineer; the pages read so far are recorded</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>nahlaste to technikovi stanice; dosud načtené stránky jsou zaznamenány</translation>
        </message>
        <message>
            <source>The service refused the credential.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Služba odmítla přihlašovací údaj.</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more not connected (filter the table by Cloud)</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>
                <numerusform>… a ještě %n nepřipojené zařízení (vyfiltrujte tabulku podle sloupce Cloud)</numerusform>
                <numerusform>… a ještě %n nepřipojená zařízení (vyfiltrujte tabulku podle sloupce Cloud)</numerusform>
                <numerusform>… a ještě %n nepřipojených zařízení (vyfiltrujte tabulku podle sloupce Cloud)</numerusform>
            </translation>
        </message>
        <message>
            <source>Refresh cloud status</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Obnovit stav v cloudu</translation>
        </message>
        <message>
            <source>line record at {where}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>záznam linky na {where}</translation>
        </message>
        <message>
            <source>Application URL</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>URL aplikace</translation>
        </message>
        <message>
            <source>Keep</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Uložit</translation>
        </message>
        <message>
            <source>the service's own address (leave empty)</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>vlastní adresa služby (nechte prázdné)</translation>
        </message>
        <message>
            <source>Manifests</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Manifesty</translation>
        </message>
        <message>
            <source>Manifest</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Manifest</translation>
        </message>
        <message>
            <source>Line record</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Záznam linky</translation>
        </message>
        <message>
            <source>Read from</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Číst z</translation>
        </message>
        <message>
            <source>Credential</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Přihlašovací údaj</translation>
        </message>
        <message>
            <source>Endpoint override</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Jiný koncový bod</translation>
        </message>
        <message>
            <source>The statuses are recorded in each manifest, apart from its journaled record, with the time they were read; nothing else in the manifest changes.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Stavy se zapisují do každého manifestu, odděleně od jeho žurnálovaného záznamu, s časem načtení; nic jiného se v manifestu nemění.</translation>
        </message>
        <message>
            <source>The statuses of every station's units are recorded in the line record, with the time they were read; the stations' manifests do not change.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Stavy kusů všech stanic se zapisují do záznamu linky, s časem načtení; manifesty stanic se nemění.</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Obnovit</translation>
        </message>
        <message>
            <source>Close</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Zavřít</translation>
        </message>
        <message>
            <source>API token</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Token API</translation>
        </message>
        <message>
            <source>Connection string</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Připojovací řetězec</translation>
        </message>
        <message>
            <source>paste the {what} to keep it as a secret</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>vložte {what} a uložte jej jako tajný údaj</translation>
        </message>
        <message>
            <source>From {where}: {masked}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Zdroj — {where}: {masked}</translation>
        </message>
        <message>
            <source>{what} kept in {store}.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Uloženo v {store}: {what}.</translation>
        </message>
        <message>
            <source>Reading from {service} using {where}…</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Čte se z {service} (přihlašovací údaj: {where})…</translation>
        </message>
        <message>
            <source>{manifest} ({number} of {count}): </source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>{manifest} ({number} z {count}): </translation>
        </message>
        <message>
            <source>Stopping after the request in progress…</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Zastaví se po probíhajícím požadavku…</translation>
        </message>
        <message>
            <source>Stop</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Zastavit</translation>
        </message>
        <message numerus="yes">
            <source>%n page request(s) — {message}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>
                <numerusform>%n požadavek na stránku — {message}</numerusform>
                <numerusform>%n požadavky na stránky — {message}</numerusform>
                <numerusform>%n požadavků na stránky — {message}</numerusform>
            </translation>
        </message>
        <message>
            <source>The refresh of {manifest} did not run.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>{manifest}: obnovení neproběhlo.</translation>
        </message>
        <message numerus="yes">
            <source> (%n manifest(s) refreshed before it.)</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>
                <numerusform> (předtím byl obnoven %n manifest.)</numerusform>
                <numerusform> (předtím byly obnoveny %n manifesty.)</numerusform>
                <numerusform> (předtím bylo obnoveno %n manifestů.)</numerusform>
            </translation>
        </message>
        <message>
            <source>{manifest}: {connected} of {count} connected</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>{manifest}: připojeno {connected} z {count}</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>⚠  This file will hold the SAS units' device keys in clear. Anyone who has it can connect these devices as themselves. Keep it on an encrypted drive, hand it over directly, and delete it after the import.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>⚠  Tento soubor bude obsahovat klíče zařízení SAS v čitelné podobě. Kdokoli jej má, může se za tato zařízení vydávat. Uložte jej na šifrovaný disk, předejte osobně a po importu smažte.</translation>
        </message>
        <message>
            <source>IoT Central device import: device IDs and names</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Import zařízení do IoT Central: ID a názvy zařízení</translation>
        </message>
        <message>
            <source>IoT Central device list with SAS keys and X.509 thumbprints</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Seznam zařízení IoT Central s klíči SAS a otisky X.509</translation>
        </message>
        <message>
            <source>Every unit with its public facts, status, failure and times (no secrets)</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Všechny kusy s veřejnými údaji, stavem, chybou a časy (bez tajných údajů)</translation>
        </message>
        <message>
            <source>DPS individual enrollments (JSON), ready for upload</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Jednotlivé registrace DPS (JSON) připravené k nahrání</translation>
        </message>
        <message>
            <source>it holds device keys in clear: readable by you only; delete it after the import</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>obsahuje klíče zařízení v čitelné podobě: přístupný jen vám; po importu jej smažte</translation>
        </message>
        <message>
            <source>this manifest's device keys are sealed with its station key, which is not on this PC</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>klíče zařízení v tomto manifestu jsou zapečetěny klíčem stanice, který na tomto počítači není</translation>
        </message>
        <message>
            <source>unexpected {error}: {text}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>neočekávaná chyba {error}: {text}</translation>
        </message>
        <message>
            <source>report this to the station's engineer</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>nahlaste to technikovi stanice</translation>
        </message>
        <message>
            <source> (already written: {files})</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation> (již zapsáno: {files})</translation>
        </message>
        <message>
            <source>Export units</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Exportovat kusy</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Vybrat…</translation>
        </message>
        <message>
            <source>Format</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Formát</translation>
        </message>
        <message>
            <source>Rows</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Řádky</translation>
        </message>
        <message>
            <source>File</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Soubor</translation>
        </message>
        <message numerus="yes">
            <source>%n manifests: one file each, named after its manifest (e.g. …-{example}), so that each file answers to one station's journal.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>
                <numerusform>%n manifest: každý do vlastního souboru pojmenovaného podle manifestu (např. …-{example}), aby každý soubor odpovídal žurnálu jedné stanice.</numerusform>
                <numerusform>%n manifesty: každý do vlastního souboru pojmenovaného podle manifestu (např. …-{example}), aby každý soubor odpovídal žurnálu jedné stanice.</numerusform>
                <numerusform>%n manifestů: každý do vlastního souboru pojmenovaného podle manifestu (např. …-{example}), aby každý soubor odpovídal žurnálu jedné stanice.</numerusform>
            </translation>
        </message>
        <message>
            <source>Writing…</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Zapisuje se…</translation>
        </message>
        <message>
            <source>Export</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Exportovat</translation>
        </message>
        <message>
            <source> (provisioned units only)</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation> (pouze zřízené kusy)</translation>
        </message>
        <message numerus="yes">
            <source>%Ln unit(s) will be written</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>
                <numerusform>Zapíše se %Ln kus</numerusform>
                <numerusform>Zapíšou se %Ln kusy</numerusform>
                <numerusform>Zapíše se %Ln kusů</numerusform>
            </translation>
        </message>
        <message>
            <source>The {format} export holds provisioned units only; clear the status filter to use it.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Export {format} obsahuje jen zřízené kusy; pro jeho použití zrušte filtr stavu.</translation>
        </message>
        <message>
            <source>{kind} (*{suffix});;All files (*)</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>{kind} (*{suffix});;Všechny soubory (*)</translation>
        </message>
        <message>
            <source>Export to</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Exportovat do</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) in {folder}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>
                <numerusform>%n soubor ve složce {folder}</numerusform>
                <numerusform>%n soubory ve složce {folder}</numerusform>
                <numerusform>%n souborů ve složce {folder}</numerusform>
            </translation>
        </message>
        <message>
            <source>The export failed: {reason}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Export selhal: {reason}</translation>
        </message>
    </context>
    <context>
        <name>JobBar</name>
        <message>
            <source>Profile</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Profil</translation>
        </message>
        <message>
            <source>ID scope</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>ID scope</translation>
        </message>
        <message>
            <source>Attestation</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Atestace</translation>
        </message>
        <message>
            <source>Device-ID rule</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Pravidlo ID zařízení</translation>
        </message>
        <message>
            <source>Units done today</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Dnes hotovo</translation>
        </message>
        <message>
            <source>No job — set one up in Settings</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Žádná úloha — nastavte ji v Nastavení</translation>
        </message>
        <message>
            <source>{profile}  (demo)</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>{profile}  (ukázka)</translation>
        </message>
    </context>
    <context>
        <name>LabelPreview</name>
        <message>
            <source>Label</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Štítek</translation>
        </message>
        <message>
            <source>The label of the next provisioned unit shows here.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Zde se zobrazí štítek dalšího zřízeného kusu.</translation>
        </message>
        <message>
            <source>Print label…</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Tisknout štítek…</translation>
        </message>
        <message>
            <source>Save as PDF…</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Uložit jako PDF…</translation>
        </message>
        <message>
            <source>Label — {board}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Štítek — {board}</translation>
        </message>
        <message>
            <source>The label cannot be shown: {problem}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Štítek nelze zobrazit: {problem}</translation>
        </message>
        <message>
            <source>Save the label as PDF</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Uložit štítek jako PDF</translation>
        </message>
    </context>
    <context>
        <name>LabelPrint</name>
        <message>
            <source>the printer did not accept the label</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>tiskárna štítek nepřijala</translation>
        </message>
        <message>
            <source>check that the label printer is on and has labels, then print again</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>zkontrolujte, že je tiskárna štítků zapnutá a má štítky, a tiskněte znovu</translation>
        </message>
        <message>
            <source>Print the label of {device}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Tisknout štítek {device}</translation>
        </message>
    </context>
    <context>
        <name>LabelQueue</name>
        <message>
            <source>no label printer address is given</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>není zadána adresa tiskárny štítků</translation>
        </message>
        <message>
            <source>type the printer's address in Settings, e.g. 10.0.4.21 or zebra-3:9100</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>zadejte adresu tiskárny v Nastavení, např. 10.0.4.21 nebo zebra-3:9100</translation>
        </message>
    </context>
    <context>
        <name>LineController</name>
        <message>
            <source>the board on {port} was unplugged</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>deska na {port} byla odpojena</translation>
        </message>
        <message>
            <source>this job takes device IDs from the unit's barcode</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>tato úloha bere ID zařízení z čárového kódu kusu</translation>
        </message>
        <message>
            <source>scan the barcode on the unit; the unit starts by itself</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>naskenujte čárový kód na kusu; kus se spustí sám</translation>
        </message>
        <message>
            <source>no board is ready</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>žádná deska není připravena</translation>
        </message>
        <message>
            <source>no board is connected</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>není připojena žádná deska</translation>
        </message>
        <message>
            <source>plug a board in, or wait for a port to finish its unit</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>připojte desku, nebo počkejte, až port dokončí svůj kus</translation>
        </message>
        <message>
            <source>port {port} cannot retry now</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>port {port} teď nemůže opakovat</translation>
        </message>
        <message>
            <source>wait until the port has finished, or check that the board is still plugged</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>počkejte, až port skončí, nebo ověřte, že je deska stále připojena</translation>
        </message>
        <message>
            <source>the scanned barcode was not a device ID this job can use</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>naskenovaný čárový kód není ID zařízení použitelné pro tuto úlohu</translation>
        </message>
        <message>
            <source>scan the unit's barcode again; the unit starts by itself</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>naskenujte čárový kód kusu znovu; kus se spustí sám</translation>
        </message>
        <message>
            <source>port {port} is busy or gone</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>port {port} je obsazený nebo zmizel</translation>
        </message>
        <message>
            <source>wait until the port has finished its unit, or choose another port</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>počkejte, až port dokončí svůj kus, nebo zvolte jiný port</translation>
        </message>
        <message>
            <source>no job is running</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>neběží žádná úloha</translation>
        </message>
        <message>
            <source>choose the profile, ID scope and secrets in Settings and start the job</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>v Nastavení vyberte profil, ID scope a tajné údaje a spusťte úlohu</translation>
        </message>
        <message>
            <source>board unplugged during {stage}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>deska odpojena během fáze {stage}</translation>
        </message>
        <message>
            <source>plug the board in again and retry it, or set it aside</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>připojte desku zpět a zkuste to znovu, nebo ji odložte stranou</translation>
        </message>
    </context>
    <context>
        <name>LineRecordView</name>
        <message>
            <source> h</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation> h</translation>
        </message>
        <message>
            <source>How many hours back, this one included</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Kolik hodin zpět, včetně této</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Obnovit</translation>
        </message>
        <message>
            <source>Station</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Stanice</translation>
        </message>
        <message>
            <source>Units</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Kusy</translation>
        </message>
        <message>
            <source>Provisioned</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Zřízeno</translation>
        </message>
        <message>
            <source>Failed</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Chybné</translation>
        </message>
        <message>
            <source>Yield</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Výtěžnost</translation>
        </message>
        <message>
            <source>Units per hour</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Kusů za hodinu</translation>
        </message>
        <message>
            <source>Last copy</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Poslední kopie</translation>
        </message>
        <message>
            <source>Behind on copying since</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Pozadu s kopírováním od</translation>
        </message>
        <message>
            <source>Hour</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Hodina</translation>
        </message>
        <message>
            <source>Per station</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Podle stanic</translation>
        </message>
        <message>
            <source>Stage</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Fáze</translation>
        </message>
        <message>
            <source>Failed units</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Chybné kusy</translation>
        </message>
        <message>
            <source>Last</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Období</translation>
        </message>
        <message>
            <source>Per hour across the line</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Po hodinách za celou linku</translation>
        </message>
        <message>
            <source>Failures by stage and station</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Chyby podle fází a stanic</translation>
        </message>
        <message>
            <source>Stations</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Stanice</translation>
        </message>
        <message>
            <source>No line record open: start the QA desk with a line database, station gui --qa postgresql://USER@HOST/DATABASE</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Není otevřen žádný záznam linky: spusťte pracoviště QA s databází linky, station gui --qa postgresql://USER@HOST/DATABASE</translation>
        </message>
        <message>
            <source>Reading the line record at {where}…</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Čte se záznam linky na {where}…</translation>
        </message>
        <message numerus="yes">
            <source>{where}, last %n hour(s): {units} units, {passed} provisioned, {failed} failed — yield {share}; {behind} station(s) behind on copying</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>
                <numerusform>{where}, poslední %n hodina: kusů {units}, zřízeno {passed}, chybných {failed} — výtěžnost {share}; stanic pozadu s kopírováním: {behind}</numerusform>
                <numerusform>{where}, poslední %n hodiny: kusů {units}, zřízeno {passed}, chybných {failed} — výtěžnost {share}; stanic pozadu s kopírováním: {behind}</numerusform>
                <numerusform>{where}, posledních %n hodin: kusů {units}, zřízeno {passed}, chybných {failed} — výtěžnost {share}; stanic pozadu s kopírováním: {behind}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LineView</name>
        <message>
            <source>Start a unit on each board as soon as it is plugged in, without pressing anything</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Spustit kus na každé desce hned po připojení, bez mačkání čehokoli</translation>
        </message>
        <message>
            <source>Off for this job: each unit starts when its barcode is scanned</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>U této úlohy vypnuto: každý kus se spustí naskenováním jeho čárového kódu</translation>
        </message>
        <message>
            <source>Scan the unit's barcode again; the unit starts by itself.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Naskenujte čárový kód kusu znovu; kus se spustí sám.</translation>
        </message>
        <message>
            <source>the board's MAC address</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>adresa MAC desky</translation>
        </message>
        <message>
            <source>a barcode scanned for each unit</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>čárový kód naskenovaný u každého kusu</translation>
        </message>
        <message>
            <source>the station's counter</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>počítadlo stanice</translation>
        </message>
        <message>
            <source>the board's TPM</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>TPM desky</translation>
        </message>
        <message>
            <source>No boards yet. Plug a board in, or add a virtual board.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Zatím žádné desky. Připojte desku, nebo přidejte virtuální desku.</translation>
        </message>
        <message>
            <source>Provision next unit</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Zřídit další kus</translation>
        </message>
        <message>
            <source>Auto: start each board as it is plugged in</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Automaticky: spustit po připojení desky</translation>
        </message>
        <message>
            <source>+ Virtual board</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>+ Virtuální deska</translation>
        </message>
        <message>
            <source>Plug a virtual board of this job's profile into a new port</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Připojit na nový port virtuální desku podle profilu této úlohy</translation>
        </message>
        <message>
            <source>Barcode</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Čárový kód</translation>
        </message>
        <message>
            <source>no job</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>žádná úloha</translation>
        </message>
        <message>
            <source>Scan the unit's barcode — the unit starts by itself</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Naskenujte čárový kód kusu — kus se spustí sám</translation>
        </message>
        <message>
            <source>IDs come from {source}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>ID pocházejí z: {source}</translation>
        </message>
        <message>
            <source>Not used by this job: device IDs come from {source}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Tato úloha nepoužívá: ID zařízení pocházejí z: {source}</translation>
        </message>
        <message>
            <source>{device} provisioned, no label</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>{device} zřízen, bez štítku</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Provisioning Station</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Zřizovací stanice</translation>
        </message>
        <message>
            <source>{title}  —  demo</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>{title}  —  ukázka</translation>
        </message>
        <message>
            <source>{title}  —  QA desk</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>{title}  —  pracoviště QA</translation>
        </message>
        <message>
            <source>Line</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Linka</translation>
        </message>
        <message>
            <source>Manifest</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Manifest</translation>
        </message>
        <message>
            <source>Yield</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Výtěžnost</translation>
        </message>
        <message>
            <source>Profiles</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Profily</translation>
        </message>
        <message>
            <source>Settings</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Nastavení</translation>
        </message>
        <message>
            <source>Served line</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Automatizovaná linka</translation>
        </message>
        <message>
            <source>Line record</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Záznam linky</translation>
        </message>
        <message>
            <source>QA desk: the line record at {where}, read-only</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Pracoviště QA: záznam linky na {where}, jen pro čtení</translation>
        </message>
        <message>
            <source>Manifest: {path}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Manifest: {path}</translation>
        </message>
        <message numerus="yes">
            <source>QA desk: %n manifest(s) open, read-only</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>
                <numerusform>Pracoviště QA: otevřen %n manifest, jen pro čtení</numerusform>
                <numerusform>Pracoviště QA: otevřeny %n manifesty, jen pro čtení</numerusform>
                <numerusform>Pracoviště QA: otevřeno %n manifestů, jen pro čtení</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>No job: %n manifest(s) open, read-only</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>
                <numerusform>Žádná úloha: otevřen %n manifest, jen pro čtení</numerusform>
                <numerusform>Žádná úloha: otevřeny %n manifesty, jen pro čtení</numerusform>
                <numerusform>Žádná úloha: otevřeno %n manifestů, jen pro čtení</numerusform>
            </translation>
        </message>
        <message>
            <source>The job cannot start: {reason}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Úlohu nelze spustit: {reason}</translation>
        </message>
        <message>
            <source>The label printer cannot be used: {reason}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Tiskárnu štítků nelze použít: {reason}</translation>
        </message>
        <message>
            <source>Before you start: {warning}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Než začnete: {warning}</translation>
        </message>
        <message>
            <source>tell the security officer</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>informujte bezpečnostního pracovníka</translation>
        </message>
    </context>
    <context>
        <name>ManifestView</name>
        <message>
            <source>Manifests (*.sqlite *.sqlite3 *.db);;All files (*)</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Manifesty (*.sqlite *.sqlite3 *.db);;Všechny soubory (*)</translation>
        </message>
        <message>
            <source>Any</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Vše</translation>
        </message>
        <message>
            <source>any date</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>libovolné datum</translation>
        </message>
        <message>
            <source>Tick the manifests to browse, export and upload together</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Zaškrtněte manifesty, které chcete společně procházet, exportovat a nahrát</translation>
        </message>
        <message>
            <source>Open…</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Otevřít…</translation>
        </message>
        <message>
            <source>Open manifest files read-only, e.g. copied from stations</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Otevřít soubory manifestů jen pro čtení, např. zkopírované ze stanic</translation>
        </message>
        <message>
            <source>Close</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Zavřít</translation>
        </message>
        <message>
            <source>The service whose status the Cloud column and filter show</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Služba, jejíž stav ukazuje sloupec a filtr Cloud</translation>
        </message>
        <message>
            <source>Search device ID, MAC or serial</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Hledat ID zařízení, MAC nebo sériové číslo</translation>
        </message>
        <message>
            <source>Export…</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Exportovat…</translation>
        </message>
        <message>
            <source>Upload enrollments…</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Nahrát registrace…</translation>
        </message>
        <message>
            <source>Send the provisioned units to DPS or IoT Central</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Odeslat zřízené kusy do DPS nebo IoT Central</translation>
        </message>
        <message>
            <source>Refresh cloud status…</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Obnovit stav v cloudu…</translation>
        </message>
        <message>
            <source>Read what IoT Central or DPS knows of the provisioned units: connected, blocked, failed to register, never connected</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Načíst, co IoT Central nebo DPS ví o zřízených kusech: připojené, blokované, s neúspěšnou registrací, nikdy nepřipojené</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Obnovit</translation>
        </message>
        <message>
            <source>Read the manifests again (and a station key restored meanwhile)</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Znovu načíst manifesty (i mezitím obnovený klíč stanice)</translation>
        </message>
        <message>
            <source>Resolve…</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Vyřešit…</translation>
        </message>
        <message>
            <source>Close a unit an interrupted station left pending, once its board is checked</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Uzavřít kus, který přerušená stanice nechala nevyřízený, až bude deska zkontrolována</translation>
        </message>
        <message>
            <source>Re-provision…</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Znovu zřídit…</translation>
        </message>
        <message>
            <source>Give a returned unit (repair, RMA, erased flash) new credentials under its device ID, with the running job</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Dát vrácenému kusu (oprava, RMA, smazaná flash) nové přihlašovací údaje pod jeho ID zařízení, s běžící úlohou</translation>
        </message>
        <message>
            <source>From</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Od</translation>
        </message>
        <message>
            <source>To</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Do</translation>
        </message>
        <message>
            <source>Status</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Stav</translation>
        </message>
        <message>
            <source>Job</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Úloha</translation>
        </message>
        <message>
            <source>Operator</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Operátor</translation>
        </message>
        <message>
            <source>Station</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Stanice</translation>
        </message>
        <message>
            <source>Cloud status from</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Stav v cloudu z</translation>
        </message>
        <message>
            <source>Cloud</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Cloud</translation>
        </message>
        <message>
            <source>Select a unit to see its facts and event log.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Vyberte kus, chcete-li vidět jeho údaje a záznam událostí.</translation>
        </message>
        <message>
            <source>Manifests</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Manifesty</translation>
        </message>
        <message>
            <source>{path} cannot be opened: {reason}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>{path} nelze otevřít: {reason}</translation>
        </message>
        <message>
            <source>Open manifests</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Otevřít manifesty</translation>
        </message>
        <message>
            <source>  (job)</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>  (úloha)</translation>
        </message>
        <message>
            <source>Reading the line record…</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Čte se záznam linky…</translation>
        </message>
        <message numerus="yes">
            <source>%Ln unit(s) on the line record</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>
                <numerusform>%Ln kus v záznamu linky</numerusform>
                <numerusform>%Ln kusy v záznamu linky</numerusform>
                <numerusform>%Ln kusů v záznamu linky</numerusform>
            </translation>
        </message>
        <message>
            <source>No manifest chosen: open one, or tick one in the list</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Není vybrán žádný manifest: otevřete jej nebo jej zaškrtněte v seznamu</translation>
        </message>
        <message numerus="yes">
            <source>%Ln unit(s) in {manifests} manifests</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>
                <numerusform>%Ln kus v {manifests} manifestech</numerusform>
                <numerusform>%Ln kusy v {manifests} manifestech</numerusform>
                <numerusform>%Ln kusů v {manifests} manifestech</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln unit(s)</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>
                <numerusform>%Ln kus</numerusform>
                <numerusform>%Ln kusy</numerusform>
                <numerusform>%Ln kusů</numerusform>
            </translation>
        </message>
        <message>
            <source>profile {profile}, {attestation}, ID scope {scope}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>profil {profile}, {attestation}, ID scope {scope}</translation>
        </message>
        <message>
            <source>board {board} {chip}  MAC {mac}  serial {serial}  port {port}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>deska {board} {chip}  MAC {mac}  sériové číslo {serial}  port {port}</translation>
        </message>
        <message numerus="yes">
            <source>job {job}, operator {operator}, station {station}, %n attempt(s)</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>
                <numerusform>úloha {job}, operátor {operator}, stanice {station}, %n pokus</numerusform>
                <numerusform>úloha {job}, operátor {operator}, stanice {station}, %n pokusy</numerusform>
                <numerusform>úloha {job}, operátor {operator}, stanice {station}, %n pokusů</numerusform>
            </translation>
        </message>
        <message>
            <source>recorded {recorded}, provisioned {provisioned}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>zaznamenán {recorded}, zřízen {provisioned}</translation>
        </message>
        <message>
            <source>manifest {path}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>manifest {path}</translation>
        </message>
        <message>
            <source>failed at {stage}: {reason}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>selhal ve fázi {stage}: {reason}</translation>
        </message>
        <message>
            <source>certificate SHA-1 {thumbprint}, issuer {issuer}, valid until {until}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>certifikát SHA-1 {thumbprint}, vydavatel {issuer}, platný do {until}</translation>
        </message>
        <message>
            <source>{service}: {status} — {detail} (read {time})</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>{service}: {status} — {detail} (načteno {time})</translation>
        </message>
        <message>
            <source>Event log:</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Záznam událostí:</translation>
        </message>
        <message>
            <source>Export the line record</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Exportovat záznam linky</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Soubory CSV (*.csv)</translation>
        </message>
        <message numerus="yes">
            <source>%Ln unit(s) — exported {rows} rows to {where}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>
                <numerusform>%Ln kus — do {where} exportováno řádků: {rows}</numerusform>
                <numerusform>%Ln kusy — do {where} exportováno řádků: {rows}</numerusform>
                <numerusform>%Ln kusů — do {where} exportováno řádků: {rows}</numerusform>
            </translation>
        </message>
        <message>
            <source>journal head {head} (note it outside the station)</source>
            <translatorcomment>machine-made; second reader not sure: is 'journal head' (the hash of the manifest's last journal entry) clear to QA in this wording?</translatorcomment>
            <translation type="unfinished">hlava žurnálu {head} (poznamenejte si ji mimo stanici)</translation>
        </message>
        <message numerus="yes">
            <source>%Ln unit(s) — upload: {summary}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>
                <numerusform>%Ln kus — nahrání: {summary}</numerusform>
                <numerusform>%Ln kusy — nahrání: {summary}</numerusform>
                <numerusform>%Ln kusů — nahrání: {summary}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln unit(s) — {summary}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>
                <numerusform>%Ln kus — {summary}</numerusform>
                <numerusform>%Ln kusy — {summary}</numerusform>
                <numerusform>%Ln kusů — {summary}</numerusform>
            </translation>
        </message>
        <message>
            <source>Line record</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Záznam linky</translation>
        </message>
        <message>
            <source>{where} (read-only)</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>{where} (jen pro čtení)</translation>
        </message>
        <message>
            <source>Device ID starts with</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>ID zařízení začíná na</translation>
        </message>
        <message>
            <source>Not on the line record; use a station's manifest</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>V záznamu linky není k dispozici; použijte manifest stanice</translation>
        </message>
        <message>
            <source>Send every station's provisioned units to DPS or IoT Central, once for the line</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Odeslat zřízené kusy všech stanic do DPS nebo IoT Central, jednou pro celou linku</translation>
        </message>
        <message>
            <source>Read what IoT Central or DPS knows of every station's provisioned units into the line record</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Načíst do záznamu linky, co IoT Central nebo DPS ví o zřízených kusech všech stanic</translation>
        </message>
        <message>
            <source>Reading its changes from the line record…</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Čtou se jeho změny ze záznamu linky…</translation>
        </message>
        <message>
            <source>on the line from station {station}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>na lince ze stanice {station}</translation>
        </message>
        <message>
            <source>Changes on the line record:</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Změny v záznamu linky:</translation>
        </message>
        <message>
            <source>Exporting the line record to {where}…</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Exportuje se záznam linky do {where}…</translation>
        </message>
        <message numerus="yes">
            <source>%Ln unit(s) on the line record — exported {rows} rows to {where}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>
                <numerusform>%Ln kus v záznamu linky — do {where} exportováno řádků: {rows}</numerusform>
                <numerusform>%Ln kusy v záznamu linky — do {where} exportováno řádků: {rows}</numerusform>
                <numerusform>%Ln kusů v záznamu linky — do {where} exportováno řádků: {rows}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PortTile</name>
        <message>
            <source>starting</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>spouští se</translation>
        </message>
        <message>
            <source>finding the board</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>hledá se deska</translation>
        </message>
        <message>
            <source>reading its identity</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>čte se identita</translation>
        </message>
        <message>
            <source>making credentials</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>vytvářejí se přihlašovací údaje</translation>
        </message>
        <message>
            <source>recording the unit</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>zaznamenává se kus</translation>
        </message>
        <message>
            <source>writing</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>zapisuje se</translation>
        </message>
        <message>
            <source>verifying</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>ověřuje se</translation>
        </message>
        <message>
            <source>recording the result</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>zaznamenává se výsledek</translation>
        </message>
        <message>
            <source>making the label</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>vytváří se štítek</translation>
        </message>
        <message>
            <source>done</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>hotovo</translation>
        </message>
        <message>
            <source>station</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>stanice</translation>
        </message>
        <message>
            <source>IDLE</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>VOLNÝ</translation>
        </message>
        <message>
            <source>BUSY</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>PRACUJE</translation>
        </message>
        <message>
            <source>PASSED</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>OK</translation>
        </message>
        <message>
            <source>FAILED</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>CHYBA</translation>
        </message>
        <message>
            <source>Retry this unit</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Zkusit tento kus znovu</translation>
        </message>
        <message>
            <source>Print label…</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Tisknout štítek…</translation>
        </message>
        <message>
            <source>Print the label of {device}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Tisknout štítek {device}</translation>
        </message>
        <message>
            <source> (attempt {attempt})</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation> (pokus {attempt})</translation>
        </message>
        <message>
            <source>Stage: {stage}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Fáze: {stage}</translation>
        </message>
        <message>
            <source>Failed at {stage}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Selhalo ve fázi {stage}</translation>
        </message>
        <message>
            <source>Provisioned{attempt} — ready for the next board</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Zřízeno{attempt} — připraveno na další desku</translation>
        </message>
        <message>
            <source>Ready for a board</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Připraveno na desku</translation>
        </message>
        <message>
            <source>%p%  ({done} / {total} bytes)</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>%p%  ({done} / {total} bajtů)</translation>
        </message>
        <message>
            <source>stopped at %p%  ({done} / {total} bytes)</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>zastaveno na %p%  ({done} / {total} bajtů)</translation>
        </message>
        <message>
            <source>Device ID: {device}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>ID zařízení: {device}</translation>
        </message>
    </context>
    <context>
        <name>PortWork</name>
        <message>
            <source>unexpected {error}: {text}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>neočekávaná chyba {error}: {text}</translation>
        </message>
        <message>
            <source>report this to the station's engineer</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>nahlaste to technikovi stanice</translation>
        </message>
    </context>
    <context>
        <name>PrinterBanner</name>
        <message>
            <source>Print waiting labels now</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Vytisknout čekající štítky hned</translation>
        </message>
        <message>
            <source>⚠  Label printer: {problem}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>⚠  Tiskárna štítků: {problem}</translation>
        </message>
        <message numerus="yes">
            <source>%n label(s) waiting; nothing is lost: they print in order as soon as the printer is ready.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>
                <numerusform>%n štítek čeká; nic se neztratí: vytisknou se popořadě, jakmile bude tiskárna připravena.</numerusform>
                <numerusform>%n štítky čekají; nic se neztratí: vytisknou se popořadě, jakmile bude tiskárna připravena.</numerusform>
                <numerusform>%n štítků čeká; nic se neztratí: vytisknou se popořadě, jakmile bude tiskárna připravena.</numerusform>
            </translation>
        </message>
        <message>
            <source>No label is waiting.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Žádný štítek nečeká.</translation>
        </message>
    </context>
    <context>
        <name>PrinterCard</name>
        <message>
            <source>None: the print dialog, or PDF</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Žádná: tiskový dialog nebo PDF</translation>
        </message>
        <message>
            <source>ZPL printer on the network (TCP 9100)</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Tiskárna ZPL v síti (TCP 9100)</translation>
        </message>
        <message>
            <source>ZPL printer through a CUPS queue</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Tiskárna ZPL přes frontu CUPS</translation>
        </message>
        <message>
            <source>HOST or HOST:PORT, e.g. 10.0.4.21</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>HOST nebo HOST:PORT, např. 10.0.4.21</translation>
        </message>
        <message>
            <source>the queue's name, e.g. zebra-line3</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>název fronty, např. zebra-line3</translation>
        </message>
        <message>
            <source>The label's size in mm, width across the print head first, e.g. 62x29</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Rozměr štítku v mm, nejdřív šířka napříč tiskovou hlavou, např. 62x29</translation>
        </message>
        <message>
            <source>{dpi} dpi</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>{dpi} dpi</translation>
        </message>
        <message>
            <source>Ask the printer for its status (~HS) before and after each label</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Zjistit stav tiskárny (~HS) před každým štítkem a po něm</translation>
        </message>
        <message>
            <source>Print test label</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Vytisknout zkušební štítek</translation>
        </message>
        <message>
            <source>With a label printer, each provisioned unit's label prints by itself; a label the printer cannot take waits and is never lost.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>S tiskárnou štítků se štítek každého zřízeného kusu vytiskne sám; štítek, který tiskárna nepřijme, počká a nikdy se neztratí.</translation>
        </message>
        <message>
            <source>Label printer</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Tiskárna štítků</translation>
        </message>
        <message>
            <source>Printer</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Tiskárna</translation>
        </message>
        <message>
            <source>Address</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Adresa</translation>
        </message>
        <message>
            <source>CUPS queue</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Fronta CUPS</translation>
        </message>
        <message>
            <source>Label stock</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Typ štítků</translation>
        </message>
        <message>
            <source>Choose a label printer first.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Nejdřív vyberte tiskárnu štítků.</translation>
        </message>
        <message>
            <source>Sending a test label to {printer}…</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Odesílá se zkušební štítek na {printer}…</translation>
        </message>
        <message>
            <source>The test label was not printed: {problem}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Zkušební štítek se nevytiskl: {problem}</translation>
        </message>
        <message>
            <source>Test label printed on {printer} ({stock}).</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Zkušební štítek vytištěn na {printer} ({stock}).</translation>
        </message>
    </context>
    <context>
        <name>ProfilesView</name>
        <message>
            <source>unexpected {error}: {text}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>neočekávaná chyba {error}: {text}</translation>
        </message>
        <message>
            <source>Try on a virtual board</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Vyzkoušet na virtuální desce</translation>
        </message>
        <message>
            <source>Check again</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Zkontrolovat znovu</translation>
        </message>
        <message>
            <source>Trial</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Zkouška</translation>
        </message>
        <message>
            <source>Run one unit of the selected profile on a fresh virtual board, with demo secrets and a separate manifest.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Spustit jeden kus vybraného profilu na nové virtuální desce, s ukázkovými tajnými údaji a samostatným manifestem.</translation>
        </message>
        <message>
            <source>Validation</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Kontrola</translation>
        </message>
        <message>
            <source>Trial log</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Záznam zkoušky</translation>
        </message>
        <message>
            <source>(no id)</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>(bez ID)</translation>
        </message>
        <message>
            <source>No problems: the profile is valid.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Žádné problémy: profil je platný.</translation>
        </message>
        <message>
            <source>Trying…</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Zkouší se…</translation>
        </message>
        <message>
            <source>One unit of {profile} on a virtual board</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Jeden kus profilu {profile} na virtuální desce</translation>
        </message>
        <message>
            <source>a virtual trial board</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>virtuální zkušební deska</translation>
        </message>
    </context>
    <context>
        <name>ReprovisionDialog</name>
        <message>
            <source>No port is free: connect the returned unit's board first.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Žádný port není volný: nejdřív připojte desku vráceného kusu.</translation>
        </message>
        <message>
            <source>Re-provision {device}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Znovu zřídit {device}</translation>
        </message>
        <message>
            <source>why, e.g. RMA 4711: flash erased in repair</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>proč, např. RMA 4711: flash smazána při opravě</translation>
        </message>
        <message>
            <source>Board on port</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Deska na portu</translation>
        </message>
        <message>
            <source>Reason</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Důvod</translation>
        </message>
        <message>
            <source>Provision again</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Zřídit znovu</translation>
        </message>
        <message>
            <source>{device} gets new credentials under its device ID. Its board must prove it is that unit; its current credentials are kept in the manifest as an earlier generation, and its enrollments are uploaded again.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>{device} dostane nové přihlašovací údaje pod svým ID zařízení. Jeho deska musí prokázat, že jde o tento kus; současné přihlašovací údaje zůstanou v manifestu jako starší generace a jeho registrace se nahrají znovu.</translation>
        </message>
    </context>
    <context>
        <name>ResolveDialog</name>
        <message>
            <source>failed — the board is erased and goes round again as a new unit</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>chybný — deska se smaže a projde znovu jako nový kus</translation>
        </message>
        <message>
            <source>scrapped — the board is set aside for good</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>vyřazený — deska je definitivně odložena</translation>
        </message>
        <message>
            <source>Resolve {device}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Vyřešit {device}</translation>
        </message>
        <message>
            <source>what was found on the board</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>co se na desce zjistilo</translation>
        </message>
        <message>
            <source>who decides</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>kdo rozhoduje</translation>
        </message>
        <message>
            <source>Resolve as</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Vyřešit jako</translation>
        </message>
        <message>
            <source>Reason</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Důvod</translation>
        </message>
        <message>
            <source>Decided by</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Rozhodl(a)</translation>
        </message>
        <message>
            <source>{device} was left pending by a station that stopped mid-unit; its board may hold data. Once you have checked the board, record what becomes of it.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>{device} zůstal nevyřízený, protože se stanice zastavila během zpracování kusu; jeho deska může obsahovat data. Až desku zkontrolujete, zaznamenejte, co s ní bude.</translation>
        </message>
    </context>
    <context>
        <name>ResultBanner</name>
        <message>
            <source>Ready</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Připraveno</translation>
        </message>
        <message>
            <source>Plug in a board and press Provision next unit (or Enter).</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Připojte desku a stiskněte Zřídit další kus (nebo Enter).</translation>
        </message>
        <message>
            <source>No job running</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Neběží žádná úloha</translation>
        </message>
        <message>
            <source>Start one in Settings: choose the profile, ID scope and secrets, then press Save and start the job.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Spusťte ji v Nastavení: vyberte profil, ID scope a tajné údaje a stiskněte Uložit a spustit úlohu.</translation>
        </message>
        <message>
            <source>Retry</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Znovu</translation>
        </message>
        <message>
            <source> — attempt {attempt}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation> — pokus {attempt}</translation>
        </message>
        <message>
            <source> Stick the label on the unit on {board}.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation> Nalepte štítek na kus ({board}).</translation>
        </message>
        <message>
            <source>Provisioned on {board}.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Zřízeno na {board}.</translation>
        </message>
        <message>
            <source>Could not run the unit{unit}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Kus nešlo zpracovat{unit}</translation>
        </message>
        <message>
            <source>On {board}: {reason}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Na {board}: {reason}</translation>
        </message>
        <message>
            <source>Failed at {stage}{unit}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Selhalo ve fázi {stage}{unit}</translation>
        </message>
        <message>
            <source>While {doing} on {board}: {reason}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Během kroku „{doing}“ na {board}: {reason}</translation>
        </message>
    </context>
    <context>
        <name>Secrets</name>
        <message numerus="yes">
            <source>(%n characters)</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>
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
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Sledování</translation>
        </message>
        <message>
            <source>Units are started by the fixture or MES through station serve; this window only shows them.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Kusy spouští přípravek nebo MES přes station serve; toto okno je jen zobrazuje.</translation>
        </message>
        <message>
            <source>Served line at {url}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Automatizovaná linka na {url}</translation>
        </message>
        <message>
            <source>Not connected: {reason} — retrying</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Nepřipojeno: {reason} — zkouší se znovu</translation>
        </message>
        <message>
            <source>Job {job}: profile {profile}, ID scope {scope}, {attestation}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Úloha {job}: profil {profile}, ID scope {scope}, {attestation}</translation>
        </message>
        <message>
            <source>Provisioned today: {count}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Dnes zřízeno: {count}</translation>
        </message>
        <message>
            <source>Port {port} — {name}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Port {port} — {name}</translation>
        </message>
        <message>
            <source>⚠  Label of {device} not printed: {problem}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>⚠  Štítek {device} se nevytiskl: {problem}</translation>
        </message>
    </context>
    <context>
        <name>SettingsView</name>
        <message>
            <source>the profile's default</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>výchozí podle profilu</translation>
        </message>
        <message>
            <source>Demo mode: these are the demo's settings, shown read-only. Open the station without --demo to set up a real job.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Ukázkový režim: toto je nastavení ukázky, jen pro čtení. Chcete-li nastavit skutečnou úlohu, otevřete stanici bez --demo.</translation>
        </message>
        <message>
            <source>In the station's secrets (loaded from files)</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>V tajných údajích stanice (načtené ze souborů)</translation>
        </message>
        <message>
            <source>In a PKCS#11 token (HSM, smart card)</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>V tokenu PKCS#11 (HSM, čipová karta)</translation>
        </message>
        <message>
            <source>Station</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Stanice</translation>
        </message>
        <message>
            <source>The system's ({language})</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Podle systému ({language})</translation>
        </message>
        <message>
            <source>A new language shows when the window is next opened.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Nový jazyk se projeví při příštím otevření okna.</translation>
        </message>
        <message>
            <source>Station ID</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>ID stanice</translation>
        </message>
        <message>
            <source>Operator</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Operátor</translation>
        </message>
        <message>
            <source>Language</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Jazyk</translation>
        </message>
        <message>
            <source>Job</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Úloha</translation>
        </message>
        <message>
            <source>e.g. 0ne0012ABCD</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>např. 0ne0012ABCD</translation>
        </message>
        <message>
            <source>optional DTMI</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>volitelné DTMI</translation>
        </message>
        <message>
            <source>Device key in the label's QR code</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Klíč zařízení v QR kódu štítku</translation>
        </message>
        <message>
            <source>Put the device key in the label's QR code (SAS modes only; a certificate's key never leaves the board; never on a label printer's label)</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Vložit klíč zařízení do QR kódu štítku (jen režimy SAS; klíč certifikátu nikdy neopustí desku; nikdy na štítku z tiskárny štítků)</translation>
        </message>
        <message>
            <source>ID scope</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>ID scope</translation>
        </message>
        <message>
            <source>Profile</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Profil</translation>
        </message>
        <message>
            <source>Attestation</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Atestace</translation>
        </message>
        <message>
            <source>Model ID</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>ID modelu</translation>
        </message>
        <message>
            <source>Units per day</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Kusů za den</translation>
        </message>
        <message>
            <source>Set up in the cloud…</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Nastavit v cloudu…</translation>
        </message>
        <message>
            <source>Create or update the job's enrollment group in IoT Central or DPS: its group keys kept here, or its CA verified</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Vytvořit nebo aktualizovat registrační skupinu úlohy v IoT Central nebo DPS: její skupinové klíče se uloží zde, nebo se ověří její CA</translation>
        </message>
        <message>
            <source>Secrets</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Tajné údaje</translation>
        </message>
        <message>
            <source>Kept in {store}; never in the manifest.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Uloženo v {store}; nikdy v manifestu.</translation>
        </message>
        <message>
            <source>secrets passphrase</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>heslo k tajným údajům</translation>
        </message>
        <message>
            <source>type the new passphrase again</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>zadejte nové heslo znovu</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Odemknout</translation>
        </message>
        <message>
            <source>Again</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Znovu</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Heslo</translation>
        </message>
        <message>
            <source>Keep</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Uložit</translation>
        </message>
        <message>
            <source>Load from file…</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Načíst ze souboru…</translation>
        </message>
        <message>
            <source>Forget</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Zapomenout</translation>
        </message>
        <message>
            <source>Where the x509-group CA key and the sas-group group keys are: in the station's secrets, or inside a PKCS#11 token they never leave</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Kde jsou klíč CA režimu x509-group a skupinové klíče režimu sas-group: v tajných údajích stanice, nebo uvnitř tokenu PKCS#11, ze kterého nikdy nevyjdou</translation>
        </message>
        <message>
            <source>Keys</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Klíče</translation>
        </message>
        <message>
            <source>paste the group key, or load a file</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>vložte skupinový klíč, nebo načtěte soubor</translation>
        </message>
        <message>
            <source>Group key</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Skupinový klíč</translation>
        </message>
        <message>
            <source>optional: the group's secondary key, pasted or from a file</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>volitelné: sekundární klíč skupiny, vložený nebo ze souboru</translation>
        </message>
        <message>
            <source>Secondary group key</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Sekundární skupinový klíč</translation>
        </message>
        <message>
            <source>CA certificate</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Certifikát CA</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Vybrat…</translation>
        </message>
        <message>
            <source>Choose the CA certificate</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Vybrat certifikát CA</translation>
        </message>
        <message>
            <source>the CA key's passphrase, if any</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>heslo ke klíči CA, pokud nějaké má</translation>
        </message>
        <message>
            <source>CA key passphrase</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Heslo ke klíči CA</translation>
        </message>
        <message>
            <source>CA private key</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Soukromý klíč CA</translation>
        </message>
        <message>
            <source>the token's user PIN</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>uživatelský PIN tokenu</translation>
        </message>
        <message>
            <source>Check the token</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Zkontrolovat token</translation>
        </message>
        <message>
            <source>Group key in token</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Skupinový klíč v tokenu</translation>
        </message>
        <message>
            <source>Secondary key in token</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Sekundární klíč v tokenu</translation>
        </message>
        <message>
            <source>CA key in token</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Klíč CA v tokenu</translation>
        </message>
        <message>
            <source>Token PIN</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>PIN tokenu</translation>
        </message>
        <message>
            <source>Served line</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Automatizovaná linka</translation>
        </message>
        <message>
            <source>Watch a line that station serve drives (a fixture or MES starts its units)</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Sledovat linku řízenou přes station serve (kusy spouští přípravek nebo MES)</translation>
        </message>
        <message>
            <source>the API token station serve-token showed</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>token API, který zobrazil station serve-token</translation>
        </message>
        <message>
            <source>Watch now</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Sledovat hned</translation>
        </message>
        <message>
            <source>Address</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Adresa</translation>
        </message>
        <message>
            <source>API token</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Token API</translation>
        </message>
        <message>
            <source>Save settings</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Uložit nastavení</translation>
        </message>
        <message>
            <source>Save and start the job</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Uložit a spustit úlohu</translation>
        </message>
        <message>
            <source>A pkcs11: URI naming the token and the key: {form} (no PIN in it)</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>URI pkcs11: určující token a klíč: {form} (bez PINu)</translation>
        </message>
        <message>
            <source>Choose a profile</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Vyberte profil</translation>
        </message>
        <message>
            <source>Enter the ID scope</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Zadejte ID scope</translation>
        </message>
        <message>
            <source>Create</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Vytvořit</translation>
        </message>
        <message>
            <source>choose a passphrase for the secrets</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>zvolte heslo k tajným údajům</translation>
        </message>
        <message>
            <source>not set</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>nenastaveno</translation>
        </message>
        <message>
            <source>No secrets are kept yet: choose a passphrase and type it twice. It opens the secrets from then on; it cannot be recovered.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Zatím nejsou uloženy žádné tajné údaje: zvolte heslo a zadejte jej dvakrát. Od té chvíle se jím tajné údaje odemykají; nelze jej obnovit.</translation>
        </message>
        <message>
            <source>Locked: type the passphrase to load or change secrets.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Zamčeno: zadejte heslo, chcete-li načíst nebo změnit tajné údaje.</translation>
        </message>
        <message>
            <source>(locked)</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>(zamčeno)</translation>
        </message>
        <message>
            <source>Unlocked.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Odemčeno.</translation>
        </message>
        <message>
            <source>not set (units get a primary key only)</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>nenastaveno (kusy dostanou jen primární klíč)</translation>
        </message>
        <message>
            <source>CA key kept, but it cannot be used: {reason}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Klíč CA je uložen, ale nelze jej použít: {reason}</translation>
        </message>
        <message>
            <source>the two passphrases differ</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>hesla se neshodují</translation>
        </message>
        <message>
            <source>type the new passphrase again, the same in both fields</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>zadejte nové heslo znovu, v obou polích stejně</translation>
        </message>
        <message>
            <source>Secrets passphrase chosen; keep it safe.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Heslo k tajným údajům je zvoleno; dobře jej uschovejte.</translation>
        </message>
        <message>
            <source>Group key kept.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Skupinový klíč uložen.</translation>
        </message>
        <message>
            <source>cannot read the group key file {path}: {reason}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>soubor skupinového klíče {path} nelze přečíst: {reason}</translation>
        </message>
        <message>
            <source>choose the file the key was saved in</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>vyberte soubor, do kterého byl klíč uložen</translation>
        </message>
        <message>
            <source>the secondary group key is the same as the primary one</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>sekundární skupinový klíč je stejný jako primární</translation>
        </message>
        <message>
            <source>give the enrollment group's secondary key</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>zadejte sekundární klíč registrační skupiny</translation>
        </message>
        <message>
            <source>Secondary group key kept.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Sekundární skupinový klíč uložen.</translation>
        </message>
        <message>
            <source>Secondary group key forgotten: units get a primary key only.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Sekundární skupinový klíč zapomenut: kusy dostanou jen primární klíč.</translation>
        </message>
        <message>
            <source>Load the secondary group key</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Načíst sekundární skupinový klíč</translation>
        </message>
        <message>
            <source>cannot read the key file {path}: {reason}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>soubor klíče {path} nelze přečíst: {reason}</translation>
        </message>
        <message>
            <source>Load the group key</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Načíst skupinový klíč</translation>
        </message>
        <message>
            <source>CA key passphrase kept.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Heslo ke klíči CA uloženo.</translation>
        </message>
        <message>
            <source>cannot read the CA key file {path}: {reason}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>soubor klíče CA {path} nelze přečíst: {reason}</translation>
        </message>
        <message>
            <source>choose the file the CA's private key was saved in</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>vyberte soubor, do kterého byl uložen soukromý klíč CA</translation>
        </message>
        <message>
            <source>the CA key file {path} holds text that is not UTF-8 around the key</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>soubor klíče CA {path} obsahuje kolem klíče text, který není v UTF-8</translation>
        </message>
        <message>
            <source>save the key as a plain PEM file and load it again</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>uložte klíč jako prostý soubor PEM a načtěte jej znovu</translation>
        </message>
        <message>
            <source>{summary}. The station no longer needs {path}.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>{summary}. Stanice už {path} nepotřebuje.</translation>
        </message>
        <message>
            <source>CA key removed from the secret store.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Klíč CA odstraněn z tajných údajů.</translation>
        </message>
        <message>
            <source>Load the CA private key</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Načíst soukromý klíč CA</translation>
        </message>
        <message>
            <source>PEM files (*.pem *.key);;All files (*)</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Soubory PEM (*.pem *.key);;Všechny soubory (*)</translation>
        </message>
        <message>
            <source>Unlock the secrets to move the CA key from {path} into the secret store.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Odemkněte tajné údaje, aby se klíč CA z {path} přesunul do tajných údajů.</translation>
        </message>
        <message>
            <source>The CA key from {path} is now kept in {store}; the station no longer reads that file.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Klíč CA z {path} je nyní uložen v {store}; stanice už ten soubor nečte.</translation>
        </message>
        <message>
            <source>{path} is not there</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>{path} neexistuje</translation>
        </message>
        <message>
            <source>The CA key is now kept in the secret store, and the one in {path} could not be moved there ({reason}). Load the CA private key again.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Klíč CA se nyní ukládá do tajných údajů a klíč z {path} tam nešlo přesunout ({reason}). Načtěte soukromý klíč CA znovu.</translation>
        </message>
        <message>
            <source>PEM files (*.pem *.crt *.key);;All files (*)</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Soubory PEM (*.pem *.crt *.key);;Všechny soubory (*)</translation>
        </message>
        <message>
            <source>Name the keys' token above; its PIN is kept here.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Výše zadejte token s klíči; jeho PIN se uloží zde.</translation>
        </message>
        <message>
            <source>PIN kept for token '{token}'</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>PIN pro token „{token}“ uložen</translation>
        </message>
        <message>
            <source>no PIN kept for token '{token}'</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>pro token „{token}“ není uložen PIN</translation>
        </message>
        <message>
            <source>no token is named yet</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>zatím není zadán žádný token</translation>
        </message>
        <message>
            <source>give the pkcs11: URI of the key first</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>nejdřív zadejte URI pkcs11: klíče</translation>
        </message>
        <message>
            <source>the PIN is empty</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>PIN je prázdný</translation>
        </message>
        <message>
            <source>type the token's user PIN</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>zadejte uživatelský PIN tokenu</translation>
        </message>
        <message>
            <source>PIN kept in {store}.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>PIN uložen v {store}.</translation>
        </message>
        <message>
            <source>Checking the token…</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Kontroluje se token…</translation>
        </message>
        <message>
            <source>The token is ready: {what}.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Token je připraven: {what}.</translation>
        </message>
        <message>
            <source>Cloud: {outcome}. The job can start.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Cloud: {outcome}. Úlohu lze spustit.</translation>
        </message>
        <message>
            <source>the API token is empty</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>token API je prázdný</translation>
        </message>
        <message>
            <source>paste the token station serve-token showed</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>vložte token, který zobrazil station serve-token</translation>
        </message>
        <message>
            <source>API token kept in {store}.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Token API uložen v {store}.</translation>
        </message>
        <message>
            <source>Saved to {path}.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Uloženo do {path}.</translation>
        </message>
        <message>
            <source>The job cannot start yet: fill in or correct the marked fields.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Úlohu zatím nelze spustit: vyplňte nebo opravte označená pole.</translation>
        </message>
        <message>
            <source>CA key loaded: {ca}, certificate SHA-256 fingerprint {fingerprint}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Klíč CA načten: {ca}, otisk SHA-256 certifikátu {fingerprint}</translation>
        </message>
    </context>
    <context>
        <name>TokenKeys</name>
        <message>
            <source>the CA key of {ca} signs in the token</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>klíč CA {ca} podepisuje uvnitř tokenu</translation>
        </message>
        <message>
            <source>the group key derives device keys in the token</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>skupinový klíč odvozuje klíče zařízení uvnitř tokenu</translation>
        </message>
        <message>
            <source>so does the secondary group key</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>stejně tak sekundární skupinový klíč</translation>
        </message>
        <message>
            <source>no key in a token is named</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>není zadán žádný klíč v tokenu</translation>
        </message>
        <message>
            <source>give the pkcs11: URI of the CA key or the group key in Settings, or keep the keys in the secret store</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>zadejte v Nastavení URI pkcs11: klíče CA nebo skupinového klíče, nebo ponechte klíče v tajných údajích</translation>
        </message>
        <message>
            <source>the token's PIN is kept in the station's secrets, which are locked</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>PIN tokenu je uložen v tajných údajích stanice, které jsou zamčené</translation>
        </message>
        <message>
            <source>unlock the secrets in Settings, then start the job</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>odemkněte tajné údaje v Nastavení a pak spusťte úlohu</translation>
        </message>
        <message>
            <source>the CA key in the token needs its CA certificate</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>klíč CA v tokenu potřebuje svůj certifikát CA</translation>
        </message>
        <message>
            <source>choose the CA certificate file in Settings</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>vyberte v Nastavení soubor certifikátu CA</translation>
        </message>
        <message>
            <source>cannot read the CA certificate file {path}: {reason}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>soubor certifikátu CA {path} nelze přečíst: {reason}</translation>
        </message>
        <message>
            <source>choose the CA certificate file again in Settings</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>vyberte v Nastavení soubor certifikátu CA znovu</translation>
        </message>
        <message>
            <source>the CA certificate file {path} holds no PEM certificate</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>soubor certifikátu CA {path} neobsahuje žádný certifikát PEM</translation>
        </message>
        <message>
            <source>choose the CA's certificate file</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>vyberte soubor certifikátu CA</translation>
        </message>
    </context>
    <context>
        <name>UnitTableModel</name>
        <message>
            <source>Device ID</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>ID zařízení</translation>
        </message>
        <message>
            <source>Status</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Stav</translation>
        </message>
        <message>
            <source>Failed at / reason</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Selhalo ve fázi / důvod</translation>
        </message>
        <message>
            <source>Recorded</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Zaznamenáno</translation>
        </message>
        <message>
            <source>Provisioned</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Zřízeno</translation>
        </message>
        <message>
            <source>Profile</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Profil</translation>
        </message>
        <message>
            <source>Attestation</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Atestace</translation>
        </message>
        <message>
            <source>Job</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Úloha</translation>
        </message>
        <message>
            <source>Operator</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Operátor</translation>
        </message>
        <message>
            <source>Station</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Stanice</translation>
        </message>
        <message>
            <source>Port</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Port</translation>
        </message>
        <message>
            <source>Cloud status</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Stav v cloudu</translation>
        </message>
        <message>
            <source>Manifest</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Manifest</translation>
        </message>
        <message>
            <source>pending</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>nevyřízeno</translation>
        </message>
        <message>
            <source>provisioned</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>zřízeno</translation>
        </message>
        <message>
            <source>failed</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>chyba</translation>
        </message>
        <message>
            <source>connected</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>připojeno</translation>
        </message>
        <message>
            <source>never connected</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>nikdy nepřipojeno</translation>
        </message>
        <message>
            <source>blocked</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>blokováno</translation>
        </message>
        <message>
            <source>failed to register</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>registrace selhala</translation>
        </message>
        <message>
            <source>waiting for approval</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>čeká na schválení</translation>
        </message>
        <message>
            <source>another attestation</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>jiná atestace</translation>
        </message>
        <message>
            <source>not read yet</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>zatím nenačteno</translation>
        </message>
        <message>
            <source>{detail} (read {time})</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>{detail} (načteno {time})</translation>
        </message>
        <message>
            <source>Cloud status ({service})</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Stav v cloudu ({service})</translation>
        </message>
    </context>
    <context>
        <name>UploadDialog</name>
        <message>
            <source>DPS (individual enrollments)</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>DPS (jednotlivé registrace)</translation>
        </message>
        <message>
            <source>DPS connection string</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>připojovací řetězec DPS</translation>
        </message>
        <message>
            <source>IoT Central API token</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>token API IoT Central</translation>
        </message>
        <message>
            <source>the saved secret in {store}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>uložený tajný údaj v {store}</translation>
        </message>
        <message>
            <source>the environment variable {name}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>proměnná prostředí {name}</translation>
        </message>
        <message>
            <source>No {what}: paste it below and press Keep, or set {variable}.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Chybí {what}: vložte jej níže a stiskněte Uložit, nebo nastavte {variable}.</translation>
        </message>
        <message>
            <source>No {what}: unlock the station's secrets in Settings, or paste it below and press Keep, or set {variable}.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Chybí {what}: odemkněte tajné údaje stanice v Nastavení, nebo jej vložte níže a stiskněte Uložit, nebo nastavte {variable}.</translation>
        </message>
        <message>
            <source>The {what} from {where} is unusable: {reason}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Nelze použít {what} ({where}): {reason}</translation>
        </message>
        <message>
            <source>An IoT Central status refresh needs the application's URL: type it above, https://NAME.azureiotcentral.com.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Obnovení stavu z IoT Central vyžaduje URL aplikace: zadejte ji výše, https://NAME.azureiotcentral.com.</translation>
        </message>
        <message>
            <source>An IoT Central upload needs the application's URL: type it above, https://NAME.azureiotcentral.com.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Nahrání do IoT Central vyžaduje URL aplikace: zadejte ji výše, https://NAME.azureiotcentral.com.</translation>
        </message>
        <message>
            <source>Device ID</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>ID zařízení</translation>
        </message>
        <message>
            <source>State</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Stav</translation>
        </message>
        <message>
            <source>Batch</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Dávka</translation>
        </message>
        <message>
            <source>Time</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Čas</translation>
        </message>
        <message>
            <source>Reason</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Důvod</translation>
        </message>
        <message>
            <source>would be sent</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>bylo by odesláno</translation>
        </message>
        <message>
            <source>The service refused the credential; nothing more was sent.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Služba odmítla přihlašovací údaj; nic dalšího se neodeslalo.</translation>
        </message>
        <message>
            <source>Upload stopped on request.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Nahrávání zastaveno na žádost.</translation>
        </message>
        <message>
            <source>The service could not be reached; the upload stopped.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Ke službě se nepodařilo připojit; nahrávání se zastavilo.</translation>
        </message>
        <message>
            <source>The upload stopped.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Nahrávání se zastavilo.</translation>
        </message>
        <message>
            <source>What to do: {hint}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Co dělat: {hint}</translation>
        </message>
        <message>
            <source>Upload enrollments</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Nahrát registrace</translation>
        </message>
        <message>
            <source>Application URL</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>URL aplikace</translation>
        </message>
        <message>
            <source>Keep</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Uložit</translation>
        </message>
        <message>
            <source>the service's own address (leave empty)</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>vlastní adresa služby (nechte prázdné)</translation>
        </message>
        <message>
            <source>Dry run: send nothing; write the requests to a file</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Zkušební běh: nic neodesílat; požadavky zapsat do souboru</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Vybrat…</translation>
        </message>
        <message>
            <source>Line record</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Záznam linky</translation>
        </message>
        <message>
            <source>{where}: every station's provisioned units, once for the line</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>{where}: zřízené kusy všech stanic, jednou pro celou linku</translation>
        </message>
        <message>
            <source>A dry run is made from a station's manifest</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Zkušební běh se provádí z manifestu stanice</translation>
        </message>
        <message>
            <source>Manifests</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Manifesty</translation>
        </message>
        <message>
            <source>Manifest</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Manifest</translation>
        </message>
        <message>
            <source>Upload to</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Nahrát do</translation>
        </message>
        <message>
            <source>Credential</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Přihlašovací údaj</translation>
        </message>
        <message>
            <source>Endpoint override</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Jiný koncový bod</translation>
        </message>
        <message>
            <source>Requests file</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Soubor s požadavky</translation>
        </message>
        <message>
            <source>Start</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Spustit</translation>
        </message>
        <message>
            <source>Close</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Zavřít</translation>
        </message>
        <message>
            <source>API token</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Token API</translation>
        </message>
        <message>
            <source>Connection string</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Připojovací řetězec</translation>
        </message>
        <message>
            <source>paste the {what} to keep it as a secret</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>vložte {what} a uložte jej jako tajný údaj</translation>
        </message>
        <message>
            <source>From {where}: {masked}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Zdroj — {where}: {masked}</translation>
        </message>
        <message>
            <source>the IoT Central API token is empty</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>token API IoT Central je prázdný</translation>
        </message>
        <message>
            <source>paste the token shown when it was made in IoT Central</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>vložte token zobrazený při jeho vytvoření v IoT Central</translation>
        </message>
        <message>
            <source>{what} kept in {store}.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Uloženo v {store}: {what}.</translation>
        </message>
        <message>
            <source>Write the dry run's requests to</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Zapsat požadavky zkušebního běhu do</translation>
        </message>
        <message>
            <source>JSON files (*.json);;All files (*)</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Soubory JSON (*.json);;Všechny soubory (*)</translation>
        </message>
        <message>
            <source>Choose the file the dry run writes its requests to.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Vyberte soubor, do kterého zkušební běh zapíše požadavky.</translation>
        </message>
        <message>
            <source>Uploading to {service} using {where}…</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Nahrává se do {service} (přihlašovací údaj: {where})…</translation>
        </message>
        <message>
            <source>Planning the dry run…</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Připravuje se zkušební běh…</translation>
        </message>
        <message>
            <source>Stopping after the request in progress…</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Zastaví se po probíhajícím požadavku…</translation>
        </message>
        <message>
            <source>Stop</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Zastavit</translation>
        </message>
        <message>
            <source>manifest {number} of {count}: </source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>manifest {number} z {count}: </translation>
        </message>
        <message numerus="yes">
            <source>{done} of %n unit(s) settled — {message}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>
                <numerusform>vyřízeno {done} z %n kusu — {message}</numerusform>
                <numerusform>vyřízeno {done} z %n kusů — {message}</numerusform>
                <numerusform>vyřízeno {done} z %n kusů — {message}</numerusform>
            </translation>
        </message>
        <message>
            <source> (the other manifests' beside it, numbered -2 to -{last})</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation> (soubory ostatních manifestů vedle něj, číslované -2 až -{last})</translation>
        </message>
        <message>
            <source>Nothing was sent; the requests are in {file}{more}.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Nic se neodeslalo; požadavky jsou v {file}{more}.</translation>
        </message>
        <message>
            <source>Every unit is uploaded or needs no upload.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Každý kus je nahrán nebo nahrání nepotřebuje.</translation>
        </message>
        <message>
            <source>Some units were not uploaded: their reasons are listed below.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Některé kusy se nenahrály: důvody jsou uvedeny níže.</translation>
        </message>
        <message>
            <source>The upload did not run.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Nahrávání neproběhlo.</translation>
        </message>
        <message>
            <source>units not reached stay pending; start the upload again and it resumes where it stopped</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>nezpracované kusy zůstanou nevyřízené; spusťte nahrávání znovu a bude pokračovat, kde skončilo</translation>
        </message>
        <message>
            <source>the upload broke down: unexpected {error}: {text}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>nahrávání selhalo: neočekávaná chyba {error}: {text}</translation>
        </message>
        <message>
            <source>report this to the station's engineer; the manifest keeps every state recorded so far</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>nahlaste to technikovi stanice; manifest uchovává všechny dosud zaznamenané stavy</translation>
        </message>
        <message>
            <source>the upload was stopped before every unit was sent</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>nahrávání bylo zastaveno dříve, než se odeslaly všechny kusy</translation>
        </message>
        <message>
            <source>the upload was stopped while it waited for the service</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>nahrávání bylo zastaveno během čekání na službu</translation>
        </message>
        <message>
            <source>cannot write the dry run's requests to {path}: {reason}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>požadavky zkušebního běhu nelze zapsat do {path}: {reason}</translation>
        </message>
        <message>
            <source>choose a file in a folder the station may write to</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>vyberte soubor ve složce, do které smí stanice zapisovat</translation>
        </message>
    </context>
    <context>
        <name>VirtualBoards</name>
        <message>
            <source>there is no job to make virtual boards for</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>není žádná úloha, pro kterou vytvořit virtuální desky</translation>
        </message>
        <message>
            <source>start a job first (Settings, or `station gui --demo`)</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>nejdřív spusťte úlohu (Nastavení nebo `station gui --demo`)</translation>
        </message>
        <message>
            <source>Virtual board {number}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Virtuální deska {number}</translation>
        </message>
    </context>
    <context>
        <name>WindowLineCopy</name>
        <message>
            <source>line: not copied — {reason}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>linka: nezkopírováno — {reason}</translation>
        </message>
        <message>
            <source>line: up to date</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>linka: aktuální</translation>
        </message>
        <message>
            <source>line: copying…</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>linka: kopíruje se…</translation>
        </message>
        <message>
            <source>line: out of reach since {since} — the station goes on and copies its changes when it is back</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>linka: nedostupná od {since} — stanice pracuje dál a zkopíruje své změny, až bude linka zpět</translation>
        </message>
        <message numerus="yes">
            <source>line: %n change(s) behind since {since}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>
                <numerusform>linka: %n změna pozadu od {since}</numerusform>
                <numerusform>linka: %n změny pozadu od {since}</numerusform>
                <numerusform>linka: %n změn pozadu od {since}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>YieldView</name>
        <message>
            <source>Units per hour — last 24 hours</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Kusy za hodinu — posledních 24 hodin</translation>
        </message>
        <message numerus="yes">
            <source>Units per day — last %n days</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>
                <numerusform>Kusy za den — poslední %n den</numerusform>
                <numerusform>Kusy za den — poslední %n dny</numerusform>
                <numerusform>Kusy za den — posledních %n dní</numerusform>
            </translation>
        </message>
        <message>
            <source>Top failure reasons by stage</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Nejčastější důvody chyb podle fází</translation>
        </message>
        <message>
            <source>No failures in this period.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>V tomto období žádné chyby.</translation>
        </message>
        <message numerus="yes">
            <source>Connected to {service} within days of provisioning — {read} of %Ln provisioned unit(s) read</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>
                <numerusform>Připojeno k {service} do několika dnů od zřízení — načteno {read} z %Ln zřízeného kusu</numerusform>
                <numerusform>Připojeno k {service} do několika dnů od zřízení — načteno {read} z %Ln zřízených kusů</numerusform>
                <numerusform>Připojeno k {service} do několika dnů od zřízení — načteno {read} z %Ln zřízených kusů</numerusform>
            </translation>
        </message>
        <message>
            <source>No cloud status read yet: Manifest tab, Refresh cloud status…</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Stav v cloudu zatím nenačten: karta Manifest, Obnovit stav v cloudu…</translation>
        </message>
        <message numerus="yes">
            <source>within %n day(s): {count} of {read} ({share} %)</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>
                <numerusform>do %n dne: {count} z {read} ({share} %)</numerusform>
                <numerusform>do %n dnů: {count} z {read} ({share} %)</numerusform>
                <numerusform>do %n dnů: {count} z {read} ({share} %)</numerusform>
            </translation>
        </message>
        <message>
            <source>connected at all: {count} of {read}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>vůbec připojeno: {count} z {read}</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Obnovit</translation>
        </message>
        <message>
            <source>No manifest chosen: open or tick one in the Manifest tab.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Není vybrán žádný manifest: otevřete nebo zaškrtněte jej na kartě Manifest.</translation>
        </message>
        <message>
            <source>The yield cannot be read: {reason}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Výtěžnost nelze načíst: {reason}</translation>
        </message>
        <message numerus="yes">
            <source> (%n manifests)</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>
                <numerusform> (%n manifest)</numerusform>
                <numerusform> (%n manifesty)</numerusform>
                <numerusform> (%n manifestů)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Last %n days{where}: {passed} passed, {failed} failed of {ended} attempts — yield {share} %</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>
                <numerusform>Poslední %n den{where}: {passed} v pořádku, {failed} chybných z {ended} pokusů — výtěžnost {share} %</numerusform>
                <numerusform>Poslední %n dny{where}: {passed} v pořádku, {failed} chybných z {ended} pokusů — výtěžnost {share} %</numerusform>
                <numerusform>Posledních %n dní{where}: {passed} v pořádku, {failed} chybných z {ended} pokusů — výtěžnost {share} %</numerusform>
            </translation>
        </message>
    </context>
</TS>
