<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name>ActiveJob</name>
        <message>
            <source>{rule} matching {pattern}</source>
            <translation type="unfinished">{rule} que coincida con {pattern}</translation>
        </message>
        <message>
            <source>no CA certificate is chosen</source>
            <translation type="unfinished">no se ha elegido ningún certificado de CA</translation>
        </message>
        <message>
            <source>choose the CA certificate file in Settings before loading its key</source>
            <translation type="unfinished">elija el archivo del certificado de CA en Configuración antes de cargar su clave</translation>
        </message>
        <message>
            <source>cannot read the CA certificate file {path}: {reason}</source>
            <translation type="unfinished">no se puede leer el archivo del certificado de CA {path}: {reason}</translation>
        </message>
        <message>
            <source>choose the CA certificate file again in Settings</source>
            <translation type="unfinished">vuelva a elegir el archivo del certificado de CA en Configuración</translation>
        </message>
    </context>
    <context>
        <name>CloudStatusDialog</name>
        <message>
            <source>every page read so far is recorded; refresh again and it resumes there</source>
            <translation type="unfinished">cada página leída hasta ahora está registrada; actualice de nuevo y seguirá desde ahí</translation>
        </message>
        <message>
            <source>the refresh was stopped before every page was read</source>
            <translation type="unfinished">la actualización se detuvo antes de leer todas las páginas</translation>
        </message>
        <message>
            <source>the refresh was stopped while it waited for the service</source>
            <translation type="unfinished">la actualización se detuvo mientras esperaba al servicio</translation>
        </message>
        <message>
            <source>the manifest {path} cannot record the statuses: {reason}</source>
            <translation type="unfinished">el manifiesto {path} no puede registrar los estados: {reason}</translation>
        </message>
        <message>
            <source>check that the file is a station's manifest on a writable disk</source>
            <translation type="unfinished">compruebe que el archivo es el manifiesto de una estación y está en un disco con escritura</translation>
        </message>
        <message>
            <source>the refresh broke down: unexpected {error}: {text}</source>
            <translation type="unfinished">la actualización falló: {error} inesperado: {text}</translation>
        </message>
        <message>
            <source>report this to the station's engineer; the pages read so far are recorded</source>
            <translation type="unfinished">comuníquelo al ingeniero de la estación; las páginas leídas hasta ahora están registradas</translation>
        </message>
        <message>
            <source>The service refused the credential.</source>
            <translation type="unfinished">El servicio rechazó la credencial.</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more not connected (filter the table by Cloud)</source>
            <translation type="unfinished">
                <numerusform>… y %n más sin conectar (filtre la tabla por Nube)</numerusform>
                <numerusform>… y %n más sin conectar (filtre la tabla por Nube)</numerusform>
            </translation>
        </message>
        <message>
            <source>Refresh cloud status</source>
            <translation type="unfinished">Actualizar el estado en la nube</translation>
        </message>
        <message>
            <source>Application URL</source>
            <translation type="unfinished">URL de la aplicación</translation>
        </message>
        <message>
            <source>Keep</source>
            <translation type="unfinished">Guardar</translation>
        </message>
        <message>
            <source>the service's own address (leave empty)</source>
            <translation type="unfinished">la dirección propia del servicio (dejar vacío)</translation>
        </message>
        <message>
            <source>Manifests</source>
            <translation type="unfinished">Manifiestos</translation>
        </message>
        <message>
            <source>Manifest</source>
            <translation type="unfinished">Manifiesto</translation>
        </message>
        <message>
            <source>Read from</source>
            <translation type="unfinished">Leer de</translation>
        </message>
        <message>
            <source>Credential</source>
            <translation type="unfinished">Credencial</translation>
        </message>
        <message>
            <source>Endpoint override</source>
            <translation type="unfinished">Punto de conexión alternativo</translation>
        </message>
        <message>
            <source>The statuses are recorded in each manifest, apart from its journaled record, with the time they were read; nothing else in the manifest changes.</source>
            <translation type="unfinished">Los estados se registran en cada manifiesto, aparte de su registro con diario, con la hora en que se leyeron; nada más cambia en el manifiesto.</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation type="unfinished">Actualizar</translation>
        </message>
        <message>
            <source>Close</source>
            <translation type="unfinished">Cerrar</translation>
        </message>
        <message>
            <source>API token</source>
            <translation type="unfinished">Token de la API</translation>
        </message>
        <message>
            <source>Connection string</source>
            <translation type="unfinished">Cadena de conexión</translation>
        </message>
        <message>
            <source>paste the {what} to keep it as a secret</source>
            <translation type="unfinished">pegue aquí {what} para guardarlo como secreto</translation>
        </message>
        <message>
            <source>From {where}: {masked}</source>
            <translation type="unfinished">De {where}: {masked}</translation>
        </message>
        <message>
            <source>{what} kept in {store}.</source>
            <translation type="unfinished">Se guardó {what} en {store}.</translation>
        </message>
        <message>
            <source>Reading from {service} using {where}…</source>
            <translation type="unfinished">Leyendo de {service} con {where}…</translation>
        </message>
        <message>
            <source>{manifest} ({number} of {count}): </source>
            <translation type="unfinished">{manifest} ({number} de {count}): </translation>
        </message>
        <message>
            <source>Stopping after the request in progress…</source>
            <translation type="unfinished">Se detendrá tras la solicitud en curso…</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation type="unfinished">Detener</translation>
        </message>
        <message numerus="yes">
            <source>%n page request(s) — {message}</source>
            <translation type="unfinished">
                <numerusform>%n solicitud de página — {message}</numerusform>
                <numerusform>%n solicitudes de página — {message}</numerusform>
            </translation>
        </message>
        <message>
            <source>The refresh of {manifest} did not run.</source>
            <translation type="unfinished">La actualización de {manifest} no se ejecutó.</translation>
        </message>
        <message numerus="yes">
            <source> (%n manifest(s) refreshed before it.)</source>
            <translation type="unfinished">
                <numerusform> (antes se actualizó %n manifiesto.)</numerusform>
                <numerusform> (antes se actualizaron %n manifiestos.)</numerusform>
            </translation>
        </message>
        <message>
            <source>{manifest}: {connected} of {count} connected</source>
            <translation type="unfinished">{manifest}: {connected} de {count} conectados</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>⚠  This file will hold the SAS units' device keys in clear. Anyone who has it can connect these devices as themselves. Keep it on an encrypted drive, hand it over directly, and delete it after the import.</source>
            <translation type="unfinished">⚠  Este archivo contendrá en claro las claves de dispositivo de las unidades SAS. Quien lo tenga puede conectar esos dispositivos haciéndose pasar por ellos. Guárdelo en una unidad cifrada, entréguelo en mano y bórrelo después de la importación.</translation>
        </message>
        <message>
            <source>IoT Central device import: device IDs and names</source>
            <translation type="unfinished">Importación de dispositivos de IoT Central: ID y nombres de dispositivo</translation>
        </message>
        <message>
            <source>IoT Central device list with SAS keys and X.509 thumbprints</source>
            <translation type="unfinished">Lista de dispositivos de IoT Central con claves SAS y huellas digitales X.509</translation>
        </message>
        <message>
            <source>Every unit with its public facts, status, failure and times (no secrets)</source>
            <translation type="unfinished">Todas las unidades con sus datos públicos, estado, fallo y horas (sin secretos)</translation>
        </message>
        <message>
            <source>DPS individual enrollments (JSON), ready for upload</source>
            <translation type="unfinished">Inscripciones individuales de DPS (JSON), listas para subir</translation>
        </message>
        <message>
            <source>it holds device keys in clear: readable by you only; delete it after the import</source>
            <translation type="unfinished">contiene claves de dispositivo en claro: solo usted puede leerlo; bórrelo después de la importación</translation>
        </message>
        <message>
            <source>this manifest's device keys are sealed with its station key, which is not on this PC</source>
            <translation type="unfinished">las claves de dispositivo de este manifiesto están selladas con su clave de estación, que no está en este PC</translation>
        </message>
        <message>
            <source>unexpected {error}: {text}</source>
            <translation type="unfinished">{error} inesperado: {text}</translation>
        </message>
        <message>
            <source>report this to the station's engineer</source>
            <translation type="unfinished">comuníquelo al ingeniero de la estación</translation>
        </message>
        <message>
            <source> (already written: {files})</source>
            <translation type="unfinished"> (ya escritos: {files})</translation>
        </message>
        <message>
            <source>Export units</source>
            <translation type="unfinished">Exportar unidades</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation type="unfinished">Elegir…</translation>
        </message>
        <message>
            <source>Format</source>
            <translation type="unfinished">Formato</translation>
        </message>
        <message>
            <source>Rows</source>
            <translation type="unfinished">Filas</translation>
        </message>
        <message>
            <source>File</source>
            <translation type="unfinished">Archivo</translation>
        </message>
        <message numerus="yes">
            <source>%n manifests: one file each, named after its manifest (e.g. …-{example}), so that each file answers to one station's journal.</source>
            <translation type="unfinished">
                <numerusform>%n manifiesto: un archivo por cada uno, con el nombre de su manifiesto (p. ej., …-{example}), para que cada archivo responda al diario de una sola estación.</numerusform>
                <numerusform>%n manifiestos: un archivo por cada uno, con el nombre de su manifiesto (p. ej., …-{example}), para que cada archivo responda al diario de una sola estación.</numerusform>
            </translation>
        </message>
        <message>
            <source>The cloud-status filter does not narrow exports: every unit the other filters select is written.</source>
            <translation type="unfinished">El filtro de estado en la nube no reduce las exportaciones: se escriben todas las unidades que seleccionan los demás filtros.</translation>
        </message>
        <message>
            <source>Writing…</source>
            <translation type="unfinished">Escribiendo…</translation>
        </message>
        <message>
            <source>Export</source>
            <translation type="unfinished">Exportar</translation>
        </message>
        <message>
            <source> (provisioned units only)</source>
            <translation type="unfinished"> (solo unidades aprovisionadas)</translation>
        </message>
        <message numerus="yes">
            <source>%Ln unit(s) will be written</source>
            <translation type="unfinished">
                <numerusform>Se escribirá %Ln unidad</numerusform>
                <numerusform>Se escribirán %Ln unidades</numerusform>
            </translation>
        </message>
        <message>
            <source>The {format} export holds provisioned units only; clear the status filter to use it.</source>
            <translation type="unfinished">La exportación {format} solo contiene unidades aprovisionadas; quite el filtro de estado para usarla.</translation>
        </message>
        <message>
            <source>{kind} (*{suffix});;All files (*)</source>
            <translation type="unfinished">{kind} (*{suffix});;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Export to</source>
            <translation type="unfinished">Exportar a</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) in {folder}</source>
            <translation type="unfinished">
                <numerusform>%n archivo en {folder}</numerusform>
                <numerusform>%n archivos en {folder}</numerusform>
            </translation>
        </message>
        <message>
            <source>The export failed: {reason}</source>
            <translation type="unfinished">La exportación falló: {reason}</translation>
        </message>
    </context>
    <context>
        <name>JobBar</name>
        <message>
            <source>Profile</source>
            <translation type="unfinished">Perfil</translation>
        </message>
        <message>
            <source>ID scope</source>
            <translation type="unfinished">ID scope</translation>
        </message>
        <message>
            <source>Attestation</source>
            <translation type="unfinished">Atestación</translation>
        </message>
        <message>
            <source>Device-ID rule</source>
            <translation type="unfinished">Regla del ID de dispositivo</translation>
        </message>
        <message>
            <source>Units done today</source>
            <translation type="unfinished">Unidades de hoy</translation>
        </message>
        <message>
            <source>No job — set one up in Settings</source>
            <translation type="unfinished">Sin trabajo: configure uno en Configuración</translation>
        </message>
        <message>
            <source>{profile}  (demo)</source>
            <translation type="unfinished">{profile}  (demo)</translation>
        </message>
    </context>
    <context>
        <name>LabelPreview</name>
        <message>
            <source>Label</source>
            <translation type="unfinished">Etiqueta</translation>
        </message>
        <message>
            <source>The label of the next provisioned unit shows here.</source>
            <translation type="unfinished">Aquí aparece la etiqueta de la próxima unidad aprovisionada.</translation>
        </message>
        <message>
            <source>Print label…</source>
            <translation type="unfinished">Imprimir etiqueta…</translation>
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation type="unfinished">Guardar como PDF…</translation>
        </message>
        <message>
            <source>Label — {board}</source>
            <translation type="unfinished">Etiqueta — {board}</translation>
        </message>
        <message>
            <source>The label cannot be shown: {problem}</source>
            <translation type="unfinished">No se puede mostrar la etiqueta: {problem}</translation>
        </message>
        <message>
            <source>Save the label as PDF</source>
            <translation type="unfinished">Guardar la etiqueta como PDF</translation>
        </message>
    </context>
    <context>
        <name>LabelPrint</name>
        <message>
            <source>the printer did not accept the label</source>
            <translation type="unfinished">la impresora no aceptó la etiqueta</translation>
        </message>
        <message>
            <source>check that the label printer is on and has labels, then print again</source>
            <translation type="unfinished">compruebe que la impresora de etiquetas está encendida y tiene etiquetas, y vuelva a imprimir</translation>
        </message>
        <message>
            <source>Print the label of {device}</source>
            <translation type="unfinished">Imprimir la etiqueta de {device}</translation>
        </message>
    </context>
    <context>
        <name>LabelQueue</name>
        <message>
            <source>no label printer address is given</source>
            <translation type="unfinished">no se ha indicado la dirección de la impresora de etiquetas</translation>
        </message>
        <message>
            <source>type the printer's address in Settings, e.g. 10.0.4.21 or zebra-3:9100</source>
            <translation type="unfinished">escriba la dirección de la impresora en Configuración, p. ej., 10.0.4.21 o zebra-3:9100</translation>
        </message>
    </context>
    <context>
        <name>LineController</name>
        <message>
            <source>the board on {port} was unplugged</source>
            <translation type="unfinished">la placa de {port} se desconectó</translation>
        </message>
        <message>
            <source>this job takes device IDs from the unit's barcode</source>
            <translation type="unfinished">este trabajo toma los ID de dispositivo del código de barras de la unidad</translation>
        </message>
        <message>
            <source>scan the barcode on the unit; the unit starts by itself</source>
            <translation type="unfinished">escanee el código de barras de la unidad; la unidad empieza sola</translation>
        </message>
        <message>
            <source>no board is ready</source>
            <translation type="unfinished">no hay ninguna placa lista</translation>
        </message>
        <message>
            <source>no board is connected</source>
            <translation type="unfinished">no hay ninguna placa conectada</translation>
        </message>
        <message>
            <source>plug a board in, or wait for a port to finish its unit</source>
            <translation type="unfinished">conecte una placa o espere a que un puerto termine su unidad</translation>
        </message>
        <message>
            <source>port {port} cannot retry now</source>
            <translation type="unfinished">el puerto {port} no puede reintentar ahora</translation>
        </message>
        <message>
            <source>wait until the port has finished, or check that the board is still plugged</source>
            <translation type="unfinished">espere a que el puerto termine o compruebe que la placa sigue conectada</translation>
        </message>
        <message>
            <source>the scanned barcode was not a device ID this job can use</source>
            <translation type="unfinished">el código de barras escaneado no es un ID de dispositivo que este trabajo pueda usar</translation>
        </message>
        <message>
            <source>scan the unit's barcode again; the unit starts by itself</source>
            <translation type="unfinished">vuelva a escanear el código de barras de la unidad; la unidad empieza sola</translation>
        </message>
        <message>
            <source>port {port} is busy or gone</source>
            <translation type="unfinished">el puerto {port} está ocupado o ya no está</translation>
        </message>
        <message>
            <source>wait until the port has finished its unit, or choose another port</source>
            <translation type="unfinished">espere a que el puerto termine su unidad o elija otro puerto</translation>
        </message>
        <message>
            <source>no job is running</source>
            <translation type="unfinished">no hay ningún trabajo en marcha</translation>
        </message>
        <message>
            <source>choose the profile, ID scope and secrets in Settings and start the job</source>
            <translation type="unfinished">elija el perfil, el ID scope y los secretos en Configuración e inicie el trabajo</translation>
        </message>
        <message>
            <source>board unplugged during {stage}</source>
            <translation type="unfinished">placa desconectada durante {stage}</translation>
        </message>
        <message>
            <source>plug the board in again and retry it, or set it aside</source>
            <translation type="unfinished">vuelva a conectar la placa y reintente, o apártela</translation>
        </message>
    </context>
    <context>
        <name>LineView</name>
        <message>
            <source>Start a unit on each board as soon as it is plugged in, without pressing anything</source>
            <translation type="unfinished">Empezar una unidad en cada placa en cuanto se conecte, sin pulsar nada</translation>
        </message>
        <message>
            <source>Off for this job: each unit starts when its barcode is scanned</source>
            <translation type="unfinished">Desactivado en este trabajo: cada unidad empieza al escanear su código de barras</translation>
        </message>
        <message>
            <source>Scan the unit's barcode again; the unit starts by itself.</source>
            <translation type="unfinished">Vuelva a escanear el código de barras de la unidad; la unidad empieza sola.</translation>
        </message>
        <message>
            <source>the board's MAC address</source>
            <translation type="unfinished">la dirección MAC de la placa</translation>
        </message>
        <message>
            <source>a barcode scanned for each unit</source>
            <translation type="unfinished">un código de barras escaneado en cada unidad</translation>
        </message>
        <message>
            <source>the station's counter</source>
            <translation type="unfinished">el contador de la estación</translation>
        </message>
        <message>
            <source>the board's TPM</source>
            <translation type="unfinished">el TPM de la placa</translation>
        </message>
        <message>
            <source>No boards yet. Plug a board in, or add a virtual board.</source>
            <translation type="unfinished">Aún no hay placas. Conecte una placa o añada una placa virtual.</translation>
        </message>
        <message>
            <source>Provision next unit</source>
            <translation type="unfinished">Aprovisionar siguiente</translation>
        </message>
        <message>
            <source>Auto: start each board as it is plugged in</source>
            <translation type="unfinished">Automático: empezar al conectar cada placa</translation>
        </message>
        <message>
            <source>+ Virtual board</source>
            <translation type="unfinished">+ Placa virtual</translation>
        </message>
        <message>
            <source>Plug a virtual board of this job's profile into a new port</source>
            <translation type="unfinished">Conectar en un puerto nuevo una placa virtual del perfil de este trabajo</translation>
        </message>
        <message>
            <source>Barcode</source>
            <translation type="unfinished">Código de barras</translation>
        </message>
        <message>
            <source>no job</source>
            <translation type="unfinished">sin trabajo</translation>
        </message>
        <message>
            <source>Scan the unit's barcode — the unit starts by itself</source>
            <translation type="unfinished">Escanee el código de barras de la unidad: empieza sola</translation>
        </message>
        <message>
            <source>IDs come from {source}</source>
            <translation type="unfinished">Los ID vienen de {source}</translation>
        </message>
        <message>
            <source>Not used by this job: device IDs come from {source}</source>
            <translation type="unfinished">No se usa en este trabajo: los ID de dispositivo vienen de {source}</translation>
        </message>
        <message>
            <source>{device} provisioned, no label</source>
            <translation type="unfinished">{device} aprovisionado, sin etiqueta</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Provisioning Station</source>
            <translation type="unfinished">Estación de aprovisionamiento</translation>
        </message>
        <message>
            <source>{title}  —  demo</source>
            <translation type="unfinished">{title}  —  demo</translation>
        </message>
        <message>
            <source>{title}  —  QA desk</source>
            <translation type="unfinished">{title}  —  puesto de calidad</translation>
        </message>
        <message>
            <source>Line</source>
            <translation type="unfinished">Línea</translation>
        </message>
        <message>
            <source>Manifest</source>
            <translation type="unfinished">Manifiesto</translation>
        </message>
        <message>
            <source>Yield</source>
            <translation type="unfinished">Rendimiento</translation>
        </message>
        <message>
            <source>Profiles</source>
            <translation type="unfinished">Perfiles</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation type="unfinished">Configuración</translation>
        </message>
        <message>
            <source>Served line</source>
            <translation type="unfinished">Línea automatizada</translation>
        </message>
        <message>
            <source>Manifest: {path}</source>
            <translation type="unfinished">Manifiesto: {path}</translation>
        </message>
        <message numerus="yes">
            <source>QA desk: %n manifest(s) open, read-only</source>
            <translation type="unfinished">
                <numerusform>Puesto de calidad: %n manifiesto abierto, solo lectura</numerusform>
                <numerusform>Puesto de calidad: %n manifiestos abiertos, solo lectura</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>No job: %n manifest(s) open, read-only</source>
            <translation type="unfinished">
                <numerusform>Sin trabajo: %n manifiesto abierto, solo lectura</numerusform>
                <numerusform>Sin trabajo: %n manifiestos abiertos, solo lectura</numerusform>
            </translation>
        </message>
        <message>
            <source>The job cannot start: {reason}</source>
            <translation type="unfinished">El trabajo no puede empezar: {reason}</translation>
        </message>
        <message>
            <source>The label printer cannot be used: {reason}</source>
            <translation type="unfinished">No se puede usar la impresora de etiquetas: {reason}</translation>
        </message>
        <message>
            <source>Before you start: {warning}</source>
            <translation type="unfinished">Antes de empezar: {warning}</translation>
        </message>
        <message>
            <source>tell the security officer</source>
            <translation type="unfinished">avise al responsable de seguridad</translation>
        </message>
    </context>
    <context>
        <name>ManifestView</name>
        <message>
            <source>Manifests (*.sqlite *.sqlite3 *.db);;All files (*)</source>
            <translation type="unfinished">Manifiestos (*.sqlite *.sqlite3 *.db);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Any</source>
            <translation type="unfinished">Cualquiera</translation>
        </message>
        <message>
            <source>any date</source>
            <translation type="unfinished">cualquier fecha</translation>
        </message>
        <message>
            <source>Tick the manifests to browse, export and upload together</source>
            <translation type="unfinished">Marque los manifiestos que quiere consultar, exportar y subir juntos</translation>
        </message>
        <message>
            <source>Open…</source>
            <translation type="unfinished">Abrir…</translation>
        </message>
        <message>
            <source>Open manifest files read-only, e.g. copied from stations</source>
            <translation type="unfinished">Abrir archivos de manifiesto en solo lectura, p. ej., copiados de estaciones</translation>
        </message>
        <message>
            <source>Close</source>
            <translation type="unfinished">Cerrar</translation>
        </message>
        <message>
            <source>The service whose status the Cloud column and filter show</source>
            <translation type="unfinished">El servicio cuyo estado muestran la columna y el filtro Nube</translation>
        </message>
        <message>
            <source>Search device ID, MAC or serial</source>
            <translation type="unfinished">Buscar ID de dispositivo, MAC o número de serie</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation type="unfinished">Exportar…</translation>
        </message>
        <message>
            <source>Upload enrollments…</source>
            <translation type="unfinished">Subir inscripciones…</translation>
        </message>
        <message>
            <source>Send the provisioned units to DPS or IoT Central</source>
            <translation type="unfinished">Enviar las unidades aprovisionadas a DPS o IoT Central</translation>
        </message>
        <message>
            <source>Refresh cloud status…</source>
            <translation type="unfinished">Actualizar estado en la nube…</translation>
        </message>
        <message>
            <source>Read what IoT Central or DPS knows of the provisioned units: connected, blocked, failed to register, never connected</source>
            <translation type="unfinished">Leer lo que IoT Central o DPS sabe de las unidades aprovisionadas: conectadas, bloqueadas, con registro fallido, nunca conectadas</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation type="unfinished">Actualizar</translation>
        </message>
        <message>
            <source>Read the manifests again (and a station key restored meanwhile)</source>
            <translation type="unfinished">Volver a leer los manifiestos (y una clave de estación restaurada entretanto)</translation>
        </message>
        <message>
            <source>Resolve…</source>
            <translation type="unfinished">Resolver…</translation>
        </message>
        <message>
            <source>Close a unit an interrupted station left pending, once its board is checked</source>
            <translation type="unfinished">Cerrar una unidad que una estación interrumpida dejó pendiente, una vez revisada su placa</translation>
        </message>
        <message>
            <source>Re-provision…</source>
            <translation type="unfinished">Reaprovisionar…</translation>
        </message>
        <message>
            <source>Give a returned unit (repair, RMA, erased flash) new credentials under its device ID, with the running job</source>
            <translation type="unfinished">Dar a una unidad devuelta (reparación, RMA, flash borrada) credenciales nuevas con su ID de dispositivo, con el trabajo en marcha</translation>
        </message>
        <message>
            <source>From</source>
            <translation type="unfinished">Desde</translation>
        </message>
        <message>
            <source>To</source>
            <translation type="unfinished">Hasta</translation>
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished">Estado</translation>
        </message>
        <message>
            <source>Job</source>
            <translation type="unfinished">Trabajo</translation>
        </message>
        <message>
            <source>Operator</source>
            <translation type="unfinished">Operador</translation>
        </message>
        <message>
            <source>Station</source>
            <translation type="unfinished">Estación</translation>
        </message>
        <message>
            <source>Cloud status from</source>
            <translation type="unfinished">Estado en la nube de</translation>
        </message>
        <message>
            <source>Cloud</source>
            <translation type="unfinished">Nube</translation>
        </message>
        <message>
            <source>Select a unit to see its facts and event log.</source>
            <translation type="unfinished">Seleccione una unidad para ver sus datos y su registro de eventos.</translation>
        </message>
        <message>
            <source>Manifests</source>
            <translation type="unfinished">Manifiestos</translation>
        </message>
        <message>
            <source>{path} cannot be opened: {reason}</source>
            <translation type="unfinished">No se puede abrir {path}: {reason}</translation>
        </message>
        <message>
            <source>Open manifests</source>
            <translation type="unfinished">Abrir manifiestos</translation>
        </message>
        <message>
            <source>  (job)</source>
            <translation type="unfinished">  (trabajo)</translation>
        </message>
        <message>
            <source>No manifest chosen: open one, or tick one in the list</source>
            <translation type="unfinished">Ningún manifiesto elegido: abra uno o marque uno en la lista</translation>
        </message>
        <message numerus="yes">
            <source>%Ln unit(s) in {manifests} manifests</source>
            <translation type="unfinished">
                <numerusform>%Ln unidad en {manifests} manifiestos</numerusform>
                <numerusform>%Ln unidades en {manifests} manifiestos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln unit(s)</source>
            <translation type="unfinished">
                <numerusform>%Ln unidad</numerusform>
                <numerusform>%Ln unidades</numerusform>
            </translation>
        </message>
        <message>
            <source>profile {profile}, {attestation}, ID scope {scope}</source>
            <translation type="unfinished">perfil {profile}, {attestation}, ID scope {scope}</translation>
        </message>
        <message>
            <source>board {board} {chip}  MAC {mac}  serial {serial}  port {port}</source>
            <translation type="unfinished">placa {board} {chip}  MAC {mac}  n.º de serie {serial}  puerto {port}</translation>
        </message>
        <message numerus="yes">
            <source>job {job}, operator {operator}, station {station}, %n attempt(s)</source>
            <translation type="unfinished">
                <numerusform>trabajo {job}, operador {operator}, estación {station}, %n intento</numerusform>
                <numerusform>trabajo {job}, operador {operator}, estación {station}, %n intentos</numerusform>
            </translation>
        </message>
        <message>
            <source>recorded {recorded}, provisioned {provisioned}</source>
            <translation type="unfinished">registrada {recorded}, aprovisionada {provisioned}</translation>
        </message>
        <message>
            <source>manifest {path}</source>
            <translation type="unfinished">manifiesto {path}</translation>
        </message>
        <message>
            <source>failed at {stage}: {reason}</source>
            <translation type="unfinished">falló en {stage}: {reason}</translation>
        </message>
        <message>
            <source>certificate SHA-1 {thumbprint}, issuer {issuer}, valid until {until}</source>
            <translation type="unfinished">certificado SHA-1 {thumbprint}, emisor {issuer}, válido hasta {until}</translation>
        </message>
        <message>
            <source>{service}: {status} — {detail} (read {time})</source>
            <translation type="unfinished">{service}: {status} — {detail} (leído {time})</translation>
        </message>
        <message>
            <source>Event log:</source>
            <translation type="unfinished">Registro de eventos:</translation>
        </message>
        <message numerus="yes">
            <source>%Ln unit(s) — exported {rows} rows to {where}</source>
            <translation type="unfinished">
                <numerusform>%Ln unidad — {rows} filas exportadas a {where}</numerusform>
                <numerusform>%Ln unidades — {rows} filas exportadas a {where}</numerusform>
            </translation>
        </message>
        <message>
            <source>journal head {head} (note it outside the station)</source>
            <translation type="unfinished">cabeza del diario {head} (anótela fuera de la estación)</translation>
        </message>
        <message numerus="yes">
            <source>%Ln unit(s) — upload: {summary}</source>
            <translation type="unfinished">
                <numerusform>%Ln unidad — subida: {summary}</numerusform>
                <numerusform>%Ln unidades — subida: {summary}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln unit(s) — {summary}</source>
            <translation type="unfinished">
                <numerusform>%Ln unidad — {summary}</numerusform>
                <numerusform>%Ln unidades — {summary}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PortTile</name>
        <message>
            <source>starting</source>
            <translation type="unfinished">iniciando</translation>
        </message>
        <message>
            <source>finding the board</source>
            <translation type="unfinished">buscando la placa</translation>
        </message>
        <message>
            <source>reading its identity</source>
            <translation type="unfinished">leyendo su identidad</translation>
        </message>
        <message>
            <source>making credentials</source>
            <translation type="unfinished">creando credenciales</translation>
        </message>
        <message>
            <source>recording the unit</source>
            <translation type="unfinished">registrando la unidad</translation>
        </message>
        <message>
            <source>writing</source>
            <translation type="unfinished">escribiendo</translation>
        </message>
        <message>
            <source>verifying</source>
            <translation type="unfinished">verificando</translation>
        </message>
        <message>
            <source>recording the result</source>
            <translation type="unfinished">registrando el resultado</translation>
        </message>
        <message>
            <source>making the label</source>
            <translation type="unfinished">creando la etiqueta</translation>
        </message>
        <message>
            <source>done</source>
            <translation type="unfinished">hecho</translation>
        </message>
        <message>
            <source>station</source>
            <translation type="unfinished">estación</translation>
        </message>
        <message>
            <source>IDLE</source>
            <translation type="unfinished">LIBRE</translation>
        </message>
        <message>
            <source>BUSY</source>
            <translation type="unfinished">OCUPADO</translation>
        </message>
        <message>
            <source>PASSED</source>
            <translation type="unfinished">CORRECTO</translation>
        </message>
        <message>
            <source>FAILED</source>
            <translation type="unfinished">FALLÓ</translation>
        </message>
        <message>
            <source>Retry this unit</source>
            <translation type="unfinished">Reintentar esta unidad</translation>
        </message>
        <message>
            <source>Print label…</source>
            <translation type="unfinished">Imprimir etiqueta…</translation>
        </message>
        <message>
            <source>Print the label of {device}</source>
            <translation type="unfinished">Imprimir la etiqueta de {device}</translation>
        </message>
        <message>
            <source> (attempt {attempt})</source>
            <translation type="unfinished"> (intento {attempt})</translation>
        </message>
        <message>
            <source>Stage: {stage}</source>
            <translation type="unfinished">Etapa: {stage}</translation>
        </message>
        <message>
            <source>Failed at {stage}</source>
            <translation type="unfinished">Falló en {stage}</translation>
        </message>
        <message>
            <source>Provisioned{attempt} — ready for the next board</source>
            <translation type="unfinished">Aprovisionada{attempt} — lista para la siguiente placa</translation>
        </message>
        <message>
            <source>Ready for a board</source>
            <translation type="unfinished">Lista para una placa</translation>
        </message>
        <message>
            <source>%p%  ({done} / {total} bytes)</source>
            <translation type="unfinished">%p%  ({done} / {total} bytes)</translation>
        </message>
        <message>
            <source>stopped at %p%  ({done} / {total} bytes)</source>
            <translation type="unfinished">detenido en %p%  ({done} / {total} bytes)</translation>
        </message>
        <message>
            <source>Device ID: {device}</source>
            <translation type="unfinished">ID de dispositivo: {device}</translation>
        </message>
    </context>
    <context>
        <name>PortWork</name>
        <message>
            <source>unexpected {error}: {text}</source>
            <translation type="unfinished">{error} inesperado: {text}</translation>
        </message>
        <message>
            <source>report this to the station's engineer</source>
            <translation type="unfinished">comuníquelo al ingeniero de la estación</translation>
        </message>
    </context>
    <context>
        <name>PrinterBanner</name>
        <message>
            <source>Print waiting labels now</source>
            <translation type="unfinished">Imprimir ahora las etiquetas en espera</translation>
        </message>
        <message>
            <source>⚠  Label printer: {problem}</source>
            <translation type="unfinished">⚠  Impresora de etiquetas: {problem}</translation>
        </message>
        <message numerus="yes">
            <source>%n label(s) waiting; nothing is lost: they print in order as soon as the printer is ready.</source>
            <translation type="unfinished">
                <numerusform>%n etiqueta en espera; no se pierde nada: se imprimen en orden en cuanto la impresora esté lista.</numerusform>
                <numerusform>%n etiquetas en espera; no se pierde nada: se imprimen en orden en cuanto la impresora esté lista.</numerusform>
            </translation>
        </message>
        <message>
            <source>No label is waiting.</source>
            <translation type="unfinished">No hay etiquetas en espera.</translation>
        </message>
    </context>
    <context>
        <name>PrinterCard</name>
        <message>
            <source>None: the print dialog, or PDF</source>
            <translation type="unfinished">Ninguna: el diálogo de impresión o PDF</translation>
        </message>
        <message>
            <source>ZPL printer on the network (TCP 9100)</source>
            <translation type="unfinished">Impresora ZPL en la red (TCP 9100)</translation>
        </message>
        <message>
            <source>ZPL printer through a CUPS queue</source>
            <translation type="unfinished">Impresora ZPL mediante una cola de CUPS</translation>
        </message>
        <message>
            <source>HOST or HOST:PORT, e.g. 10.0.4.21</source>
            <translation type="unfinished">HOST o HOST:PUERTO, p. ej., 10.0.4.21</translation>
        </message>
        <message>
            <source>the queue's name, e.g. zebra-line3</source>
            <translation type="unfinished">el nombre de la cola, p. ej., zebra-line3</translation>
        </message>
        <message>
            <source>The label's size in mm, width across the print head first, e.g. 62x29</source>
            <translation type="unfinished">El tamaño de la etiqueta en mm, primero el ancho a lo largo del cabezal, p. ej., 62x29</translation>
        </message>
        <message>
            <source>{dpi} dpi</source>
            <translation type="unfinished">{dpi} ppp</translation>
        </message>
        <message>
            <source>Ask the printer for its status (~HS) before and after each label</source>
            <translation type="unfinished">Preguntar a la impresora su estado (~HS) antes y después de cada etiqueta</translation>
        </message>
        <message>
            <source>Print test label</source>
            <translation type="unfinished">Imprimir etiqueta de prueba</translation>
        </message>
        <message>
            <source>With a label printer, each provisioned unit's label prints by itself; a label the printer cannot take waits and is never lost.</source>
            <translation type="unfinished">Con una impresora de etiquetas, la etiqueta de cada unidad aprovisionada se imprime sola; una etiqueta que la impresora no puede recibir espera y nunca se pierde.</translation>
        </message>
        <message>
            <source>Label printer</source>
            <translation type="unfinished">Impresora de etiquetas</translation>
        </message>
        <message>
            <source>Printer</source>
            <translation type="unfinished">Impresora</translation>
        </message>
        <message>
            <source>Address</source>
            <translation type="unfinished">Dirección</translation>
        </message>
        <message>
            <source>CUPS queue</source>
            <translation type="unfinished">Cola de CUPS</translation>
        </message>
        <message>
            <source>Label stock</source>
            <translation type="unfinished">Tipo de etiqueta</translation>
        </message>
        <message>
            <source>Choose a label printer first.</source>
            <translation type="unfinished">Elija primero una impresora de etiquetas.</translation>
        </message>
        <message>
            <source>Sending a test label to {printer}…</source>
            <translation type="unfinished">Enviando una etiqueta de prueba a {printer}…</translation>
        </message>
        <message>
            <source>The test label was not printed: {problem}</source>
            <translation type="unfinished">La etiqueta de prueba no se imprimió: {problem}</translation>
        </message>
        <message>
            <source>Test label printed on {printer} ({stock}).</source>
            <translation type="unfinished">Etiqueta de prueba impresa en {printer} ({stock}).</translation>
        </message>
    </context>
    <context>
        <name>ProfilesView</name>
        <message>
            <source>unexpected {error}: {text}</source>
            <translation type="unfinished">{error} inesperado: {text}</translation>
        </message>
        <message>
            <source>Try on a virtual board</source>
            <translation type="unfinished">Probar en una placa virtual</translation>
        </message>
        <message>
            <source>Check again</source>
            <translation type="unfinished">Volver a comprobar</translation>
        </message>
        <message>
            <source>Trial</source>
            <translation type="unfinished">Prueba</translation>
        </message>
        <message>
            <source>Run one unit of the selected profile on a fresh virtual board, with demo secrets and a separate manifest.</source>
            <translation type="unfinished">Ejecutar una unidad del perfil elegido en una placa virtual nueva, con secretos de demostración y un manifiesto aparte.</translation>
        </message>
        <message>
            <source>Validation</source>
            <translation type="unfinished">Validación</translation>
        </message>
        <message>
            <source>Trial log</source>
            <translation type="unfinished">Registro de la prueba</translation>
        </message>
        <message>
            <source>(no id)</source>
            <translation type="unfinished">(sin ID)</translation>
        </message>
        <message>
            <source>No problems: the profile is valid.</source>
            <translation type="unfinished">Sin problemas: el perfil es válido.</translation>
        </message>
        <message>
            <source>Trying…</source>
            <translation type="unfinished">Probando…</translation>
        </message>
        <message>
            <source>One unit of {profile} on a virtual board</source>
            <translation type="unfinished">Una unidad de {profile} en una placa virtual</translation>
        </message>
        <message>
            <source>a virtual trial board</source>
            <translation type="unfinished">una placa virtual de prueba</translation>
        </message>
    </context>
    <context>
        <name>ReprovisionDialog</name>
        <message>
            <source>No port is free: connect the returned unit's board first.</source>
            <translation type="unfinished">No hay ningún puerto libre: conecte primero la placa de la unidad devuelta.</translation>
        </message>
        <message>
            <source>Re-provision {device}</source>
            <translation type="unfinished">Reaprovisionar {device}</translation>
        </message>
        <message>
            <source>why, e.g. RMA 4711: flash erased in repair</source>
            <translation type="unfinished">por qué, p. ej., RMA 4711: flash borrada en la reparación</translation>
        </message>
        <message>
            <source>Board on port</source>
            <translation type="unfinished">Placa en el puerto</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation type="unfinished">Motivo</translation>
        </message>
        <message>
            <source>Provision again</source>
            <translation type="unfinished">Aprovisionar de nuevo</translation>
        </message>
        <message>
            <source>{device} gets new credentials under its device ID. Its board must prove it is that unit; its current credentials are kept in the manifest as an earlier generation, and its enrollments are uploaded again.</source>
            <translation type="unfinished">{device} recibe credenciales nuevas con su ID de dispositivo. Su placa debe demostrar que es esa unidad; sus credenciales actuales se conservan en el manifiesto como una generación anterior y sus inscripciones se vuelven a subir.</translation>
        </message>
    </context>
    <context>
        <name>ResolveDialog</name>
        <message>
            <source>failed — the board is erased and goes round again as a new unit</source>
            <translation type="unfinished">fallida: la placa se borra y vuelve a pasar como unidad nueva</translation>
        </message>
        <message>
            <source>scrapped — the board is set aside for good</source>
            <translation type="unfinished">desechada: la placa se aparta definitivamente</translation>
        </message>
        <message>
            <source>Resolve {device}</source>
            <translation type="unfinished">Resolver {device}</translation>
        </message>
        <message>
            <source>what was found on the board</source>
            <translation type="unfinished">qué se encontró en la placa</translation>
        </message>
        <message>
            <source>who decides</source>
            <translation type="unfinished">quién decide</translation>
        </message>
        <message>
            <source>Resolve as</source>
            <translation type="unfinished">Resolver como</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation type="unfinished">Motivo</translation>
        </message>
        <message>
            <source>Decided by</source>
            <translation type="unfinished">Decidido por</translation>
        </message>
        <message>
            <source>{device} was left pending by a station that stopped mid-unit; its board may hold data. Once you have checked the board, record what becomes of it.</source>
            <translation type="unfinished">{device} quedó pendiente porque una estación se detuvo a mitad de la unidad; su placa puede contener datos. Cuando haya revisado la placa, registre qué se hace con ella.</translation>
        </message>
    </context>
    <context>
        <name>ResultBanner</name>
        <message>
            <source>Ready</source>
            <translation type="unfinished">Listo</translation>
        </message>
        <message>
            <source>Plug in a board and press Provision next unit (or Enter).</source>
            <translation type="unfinished">Conecte una placa y pulse Aprovisionar siguiente (o Intro).</translation>
        </message>
        <message>
            <source>No job running</source>
            <translation type="unfinished">Ningún trabajo en marcha</translation>
        </message>
        <message>
            <source>Start one in Settings: choose the profile, ID scope and secrets, then press Save and start the job.</source>
            <translation type="unfinished">Inicie uno en Configuración: elija el perfil, el ID scope y los secretos y pulse Guardar e iniciar el trabajo.</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation type="unfinished">Reintentar</translation>
        </message>
        <message>
            <source> — attempt {attempt}</source>
            <translation type="unfinished"> — intento {attempt}</translation>
        </message>
        <message>
            <source> Stick the label on the unit on {board}.</source>
            <translation type="unfinished"> Pegue la etiqueta en la unidad de {board}.</translation>
        </message>
        <message>
            <source>Provisioned on {board}.</source>
            <translation type="unfinished">Aprovisionada en {board}.</translation>
        </message>
        <message>
            <source>Could not run the unit{unit}</source>
            <translation type="unfinished">No se pudo procesar la unidad{unit}</translation>
        </message>
        <message>
            <source>On {board}: {reason}</source>
            <translation type="unfinished">En {board}: {reason}</translation>
        </message>
        <message>
            <source>Failed at {stage}{unit}</source>
            <translation type="unfinished">Falló en {stage}{unit}</translation>
        </message>
        <message>
            <source>While {doing} on {board}: {reason}</source>
            <translation type="unfinished">En {board} ({doing}): {reason}</translation>
        </message>
    </context>
    <context>
        <name>Secrets</name>
        <message numerus="yes">
            <source>(%n characters)</source>
            <translation type="unfinished">
                <numerusform>(%n carácter)</numerusform>
                <numerusform>(%n caracteres)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ServedLineView</name>
        <message>
            <source>Watching</source>
            <translation type="unfinished">Observando</translation>
        </message>
        <message>
            <source>Units are started by the fixture or MES through station serve; this window only shows them.</source>
            <translation type="unfinished">Las unidades las inicia el utillaje o el MES mediante station serve; esta ventana solo las muestra.</translation>
        </message>
        <message>
            <source>Served line at {url}</source>
            <translation type="unfinished">Línea automatizada en {url}</translation>
        </message>
        <message>
            <source>Not connected: {reason} — retrying</source>
            <translation type="unfinished">Sin conexión: {reason} — reintentando</translation>
        </message>
        <message>
            <source>Job {job}: profile {profile}, ID scope {scope}, {attestation}</source>
            <translation type="unfinished">Trabajo {job}: perfil {profile}, ID scope {scope}, {attestation}</translation>
        </message>
        <message>
            <source>Provisioned today: {count}</source>
            <translation type="unfinished">Aprovisionadas hoy: {count}</translation>
        </message>
        <message>
            <source>Port {port} — {name}</source>
            <translation type="unfinished">Puerto {port} — {name}</translation>
        </message>
        <message>
            <source>⚠  Label of {device} not printed: {problem}</source>
            <translation type="unfinished">⚠  La etiqueta de {device} no se imprimió: {problem}</translation>
        </message>
    </context>
    <context>
        <name>SettingsView</name>
        <message>
            <source>the profile's default</source>
            <translation type="unfinished">la del perfil</translation>
        </message>
        <message>
            <source>Demo mode: these are the demo's settings, shown read-only. Open the station without --demo to set up a real job.</source>
            <translation type="unfinished">Modo de demostración: esta es la configuración de la demostración, solo de lectura. Abra la estación sin --demo para configurar un trabajo real.</translation>
        </message>
        <message>
            <source>In the station's secrets (loaded from files)</source>
            <translation type="unfinished">En los secretos de la estación (cargados de archivos)</translation>
        </message>
        <message>
            <source>In a PKCS#11 token (HSM, smart card)</source>
            <translation type="unfinished">En un token PKCS#11 (HSM, tarjeta inteligente)</translation>
        </message>
        <message>
            <source>Station</source>
            <translation type="unfinished">Estación</translation>
        </message>
        <message>
            <source>The system's ({language})</source>
            <translation type="unfinished">La del sistema ({language})</translation>
        </message>
        <message>
            <source>A new language shows when the window is next opened.</source>
            <translation type="unfinished">El nuevo idioma se verá la próxima vez que se abra la ventana.</translation>
        </message>
        <message>
            <source>Station ID</source>
            <translation type="unfinished">ID de la estación</translation>
        </message>
        <message>
            <source>Operator</source>
            <translation type="unfinished">Operador</translation>
        </message>
        <message>
            <source>Language</source>
            <translation type="unfinished">Idioma</translation>
        </message>
        <message>
            <source>Job</source>
            <translation type="unfinished">Trabajo</translation>
        </message>
        <message>
            <source>e.g. 0ne0012ABCD</source>
            <translation type="unfinished">p. ej., 0ne0012ABCD</translation>
        </message>
        <message>
            <source>optional DTMI</source>
            <translation type="unfinished">DTMI opcional</translation>
        </message>
        <message>
            <source>Device key in the label's QR code</source>
            <translation type="unfinished">Clave de dispositivo en el código QR de la etiqueta</translation>
        </message>
        <message>
            <source>Put the device key in the label's QR code (SAS modes only; a certificate's key never leaves the board; never on a label printer's label)</source>
            <translation type="unfinished">Poner la clave de dispositivo en el código QR de la etiqueta (solo modos SAS; la clave de un certificado nunca sale de la placa; nunca en la etiqueta de una impresora de etiquetas)</translation>
        </message>
        <message>
            <source>ID scope</source>
            <translation type="unfinished">ID scope</translation>
        </message>
        <message>
            <source>Profile</source>
            <translation type="unfinished">Perfil</translation>
        </message>
        <message>
            <source>Attestation</source>
            <translation type="unfinished">Atestación</translation>
        </message>
        <message>
            <source>Model ID</source>
            <translation type="unfinished">ID de modelo</translation>
        </message>
        <message>
            <source>Units per day</source>
            <translation type="unfinished">Unidades por día</translation>
        </message>
        <message>
            <source>Secrets</source>
            <translation type="unfinished">Secretos</translation>
        </message>
        <message>
            <source>Kept in {store}; never in the manifest.</source>
            <translation type="unfinished">Se guardan en {store}; nunca en el manifiesto.</translation>
        </message>
        <message>
            <source>secrets passphrase</source>
            <translation type="unfinished">frase de contraseña de los secretos</translation>
        </message>
        <message>
            <source>type the new passphrase again</source>
            <translation type="unfinished">vuelva a escribir la nueva frase de contraseña</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation type="unfinished">Desbloquear</translation>
        </message>
        <message>
            <source>Again</source>
            <translation type="unfinished">Repetir</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation type="unfinished">Frase de contraseña</translation>
        </message>
        <message>
            <source>Keep</source>
            <translation type="unfinished">Guardar</translation>
        </message>
        <message>
            <source>Load from file…</source>
            <translation type="unfinished">Cargar de un archivo…</translation>
        </message>
        <message>
            <source>Forget</source>
            <translation type="unfinished">Olvidar</translation>
        </message>
        <message>
            <source>Where the x509-group CA key and the sas-group group keys are: in the station's secrets, or inside a PKCS#11 token they never leave</source>
            <translation type="unfinished">Dónde están la clave de CA de x509-group y las claves de grupo de sas-group: en los secretos de la estación o dentro de un token PKCS#11 del que nunca salen</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation type="unfinished">Claves</translation>
        </message>
        <message>
            <source>paste the group key, or load a file</source>
            <translation type="unfinished">pegue la clave de grupo o cargue un archivo</translation>
        </message>
        <message>
            <source>Group key</source>
            <translation type="unfinished">Clave de grupo</translation>
        </message>
        <message>
            <source>optional: the group's secondary key, pasted or from a file</source>
            <translation type="unfinished">opcional: la clave secundaria del grupo, pegada o de un archivo</translation>
        </message>
        <message>
            <source>Secondary group key</source>
            <translation type="unfinished">Clave de grupo secundaria</translation>
        </message>
        <message>
            <source>CA certificate</source>
            <translation type="unfinished">Certificado de CA</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation type="unfinished">Elegir…</translation>
        </message>
        <message>
            <source>Choose the CA certificate</source>
            <translation type="unfinished">Elegir el certificado de CA</translation>
        </message>
        <message>
            <source>the CA key's passphrase, if any</source>
            <translation type="unfinished">la frase de contraseña de la clave de CA, si tiene</translation>
        </message>
        <message>
            <source>CA key passphrase</source>
            <translation type="unfinished">Frase de contraseña de la clave de CA</translation>
        </message>
        <message>
            <source>CA private key</source>
            <translation type="unfinished">Clave privada de CA</translation>
        </message>
        <message>
            <source>the token's user PIN</source>
            <translation type="unfinished">el PIN de usuario del token</translation>
        </message>
        <message>
            <source>Check the token</source>
            <translation type="unfinished">Comprobar el token</translation>
        </message>
        <message>
            <source>Group key in token</source>
            <translation type="unfinished">Clave de grupo en token</translation>
        </message>
        <message>
            <source>Secondary key in token</source>
            <translation type="unfinished">Clave secundaria en token</translation>
        </message>
        <message>
            <source>CA key in token</source>
            <translation type="unfinished">Clave de CA en token</translation>
        </message>
        <message>
            <source>Token PIN</source>
            <translation type="unfinished">PIN del token</translation>
        </message>
        <message>
            <source>Served line</source>
            <translation type="unfinished">Línea automatizada</translation>
        </message>
        <message>
            <source>Watch a line that station serve drives (a fixture or MES starts its units)</source>
            <translation type="unfinished">Observar una línea que controla station serve (un utillaje o el MES inicia sus unidades)</translation>
        </message>
        <message>
            <source>the API token station serve-token showed</source>
            <translation type="unfinished">el token de la API que mostró station serve-token</translation>
        </message>
        <message>
            <source>Watch now</source>
            <translation type="unfinished">Observar ahora</translation>
        </message>
        <message>
            <source>Address</source>
            <translation type="unfinished">Dirección</translation>
        </message>
        <message>
            <source>API token</source>
            <translation type="unfinished">Token de la API</translation>
        </message>
        <message>
            <source>Save settings</source>
            <translation type="unfinished">Guardar la configuración</translation>
        </message>
        <message>
            <source>Save and start the job</source>
            <translation type="unfinished">Guardar e iniciar el trabajo</translation>
        </message>
        <message>
            <source>A pkcs11: URI naming the token and the key: {form} (no PIN in it)</source>
            <translation type="unfinished">Una URI pkcs11: que indica el token y la clave: {form} (sin PIN)</translation>
        </message>
        <message>
            <source>Choose a profile</source>
            <translation type="unfinished">Elija un perfil</translation>
        </message>
        <message>
            <source>Enter the ID scope</source>
            <translation type="unfinished">Escriba el ID scope</translation>
        </message>
        <message>
            <source>Create</source>
            <translation type="unfinished">Crear</translation>
        </message>
        <message>
            <source>choose a passphrase for the secrets</source>
            <translation type="unfinished">elija una frase de contraseña para los secretos</translation>
        </message>
        <message>
            <source>not set</source>
            <translation type="unfinished">sin definir</translation>
        </message>
        <message>
            <source>No secrets are kept yet: choose a passphrase and type it twice. It opens the secrets from then on; it cannot be recovered.</source>
            <translation type="unfinished">Aún no hay secretos guardados: elija una frase de contraseña y escríbala dos veces. A partir de entonces abre los secretos; no se puede recuperar.</translation>
        </message>
        <message>
            <source>Locked: type the passphrase to load or change secrets.</source>
            <translation type="unfinished">Bloqueado: escriba la frase de contraseña para cargar o cambiar secretos.</translation>
        </message>
        <message>
            <source>(locked)</source>
            <translation type="unfinished">(bloqueado)</translation>
        </message>
        <message>
            <source>Unlocked.</source>
            <translation type="unfinished">Desbloqueado.</translation>
        </message>
        <message>
            <source>not set (units get a primary key only)</source>
            <translation type="unfinished">sin definir (las unidades solo reciben clave primaria)</translation>
        </message>
        <message>
            <source>CA key kept, but it cannot be used: {reason}</source>
            <translation type="unfinished">Clave de CA guardada, pero no se puede usar: {reason}</translation>
        </message>
        <message>
            <source>the two passphrases differ</source>
            <translation type="unfinished">las dos frases de contraseña no coinciden</translation>
        </message>
        <message>
            <source>type the new passphrase again, the same in both fields</source>
            <translation type="unfinished">vuelva a escribir la nueva frase de contraseña, igual en los dos campos</translation>
        </message>
        <message>
            <source>Secrets passphrase chosen; keep it safe.</source>
            <translation type="unfinished">Frase de contraseña de los secretos elegida; guárdela bien.</translation>
        </message>
        <message>
            <source>Group key kept.</source>
            <translation type="unfinished">Clave de grupo guardada.</translation>
        </message>
        <message>
            <source>cannot read the group key file {path}: {reason}</source>
            <translation type="unfinished">no se puede leer el archivo de la clave de grupo {path}: {reason}</translation>
        </message>
        <message>
            <source>choose the file the key was saved in</source>
            <translation type="unfinished">elija el archivo en el que se guardó la clave</translation>
        </message>
        <message>
            <source>the secondary group key is the same as the primary one</source>
            <translation type="unfinished">la clave de grupo secundaria es igual a la primaria</translation>
        </message>
        <message>
            <source>give the enrollment group's secondary key</source>
            <translation type="unfinished">indique la clave secundaria del grupo de inscripción</translation>
        </message>
        <message>
            <source>Secondary group key kept.</source>
            <translation type="unfinished">Clave de grupo secundaria guardada.</translation>
        </message>
        <message>
            <source>Secondary group key forgotten: units get a primary key only.</source>
            <translation type="unfinished">Clave de grupo secundaria olvidada: las unidades solo reciben clave primaria.</translation>
        </message>
        <message>
            <source>Load the secondary group key</source>
            <translation type="unfinished">Cargar la clave de grupo secundaria</translation>
        </message>
        <message>
            <source>cannot read the key file {path}: {reason}</source>
            <translation type="unfinished">no se puede leer el archivo de clave {path}: {reason}</translation>
        </message>
        <message>
            <source>Load the group key</source>
            <translation type="unfinished">Cargar la clave de grupo</translation>
        </message>
        <message>
            <source>CA key passphrase kept.</source>
            <translation type="unfinished">Frase de contraseña de la clave de CA guardada.</translation>
        </message>
        <message>
            <source>cannot read the CA key file {path}: {reason}</source>
            <translation type="unfinished">no se puede leer el archivo de la clave de CA {path}: {reason}</translation>
        </message>
        <message>
            <source>choose the file the CA's private key was saved in</source>
            <translation type="unfinished">elija el archivo en el que se guardó la clave privada de la CA</translation>
        </message>
        <message>
            <source>the CA key file {path} holds text that is not UTF-8 around the key</source>
            <translation type="unfinished">el archivo de la clave de CA {path} contiene texto que no es UTF-8 alrededor de la clave</translation>
        </message>
        <message>
            <source>save the key as a plain PEM file and load it again</source>
            <translation type="unfinished">guarde la clave como archivo PEM simple y vuelva a cargarla</translation>
        </message>
        <message>
            <source>{summary}. The station no longer needs {path}.</source>
            <translation type="unfinished">{summary}. La estación ya no necesita {path}.</translation>
        </message>
        <message>
            <source>CA key removed from the secret store.</source>
            <translation type="unfinished">Clave de CA quitada de los secretos.</translation>
        </message>
        <message>
            <source>Load the CA private key</source>
            <translation type="unfinished">Cargar la clave privada de CA</translation>
        </message>
        <message>
            <source>PEM files (*.pem *.key);;All files (*)</source>
            <translation type="unfinished">Archivos PEM (*.pem *.key);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Unlock the secrets to move the CA key from {path} into the secret store.</source>
            <translation type="unfinished">Desbloquee los secretos para pasar la clave de CA de {path} a los secretos.</translation>
        </message>
        <message>
            <source>The CA key from {path} is now kept in {store}; the station no longer reads that file.</source>
            <translation type="unfinished">La clave de CA de {path} se guarda ahora en {store}; la estación ya no lee ese archivo.</translation>
        </message>
        <message>
            <source>{path} is not there</source>
            <translation type="unfinished">{path} no está</translation>
        </message>
        <message>
            <source>The CA key is now kept in the secret store, and the one in {path} could not be moved there ({reason}). Load the CA private key again.</source>
            <translation type="unfinished">La clave de CA se guarda ahora en los secretos, y la de {path} no se pudo pasar allí ({reason}). Vuelva a cargar la clave privada de CA.</translation>
        </message>
        <message>
            <source>PEM files (*.pem *.crt *.key);;All files (*)</source>
            <translation type="unfinished">Archivos PEM (*.pem *.crt *.key);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Name the keys' token above; its PIN is kept here.</source>
            <translation type="unfinished">Indique arriba el token de las claves; su PIN se guarda aquí.</translation>
        </message>
        <message>
            <source>PIN kept for token '{token}'</source>
            <translation type="unfinished">PIN guardado para el token «{token}»</translation>
        </message>
        <message>
            <source>no PIN kept for token '{token}'</source>
            <translation type="unfinished">no hay PIN guardado para el token «{token}»</translation>
        </message>
        <message>
            <source>no token is named yet</source>
            <translation type="unfinished">aún no se ha indicado ningún token</translation>
        </message>
        <message>
            <source>give the pkcs11: URI of the key first</source>
            <translation type="unfinished">indique primero la URI pkcs11: de la clave</translation>
        </message>
        <message>
            <source>the PIN is empty</source>
            <translation type="unfinished">el PIN está vacío</translation>
        </message>
        <message>
            <source>type the token's user PIN</source>
            <translation type="unfinished">escriba el PIN de usuario del token</translation>
        </message>
        <message>
            <source>PIN kept in {store}.</source>
            <translation type="unfinished">PIN guardado en {store}.</translation>
        </message>
        <message>
            <source>Checking the token…</source>
            <translation type="unfinished">Comprobando el token…</translation>
        </message>
        <message>
            <source>The token is ready: {what}.</source>
            <translation type="unfinished">El token está listo: {what}.</translation>
        </message>
        <message>
            <source>the API token is empty</source>
            <translation type="unfinished">el token de la API está vacío</translation>
        </message>
        <message>
            <source>paste the token station serve-token showed</source>
            <translation type="unfinished">pegue el token que mostró station serve-token</translation>
        </message>
        <message>
            <source>API token kept in {store}.</source>
            <translation type="unfinished">Token de la API guardado en {store}.</translation>
        </message>
        <message>
            <source>Saved to {path}.</source>
            <translation type="unfinished">Guardado en {path}.</translation>
        </message>
        <message>
            <source>The job cannot start yet: fill in or correct the marked fields.</source>
            <translation type="unfinished">El trabajo aún no puede empezar: rellene o corrija los campos marcados.</translation>
        </message>
        <message>
            <source>CA key loaded: {ca}, certificate SHA-256 fingerprint {fingerprint}</source>
            <translation type="unfinished">Clave de CA cargada: {ca}, huella digital SHA-256 del certificado {fingerprint}</translation>
        </message>
    </context>
    <context>
        <name>TokenKeys</name>
        <message>
            <source>the CA key of {ca} signs in the token</source>
            <translation type="unfinished">la clave de CA de {ca} firma dentro del token</translation>
        </message>
        <message>
            <source>the group key derives device keys in the token</source>
            <translation type="unfinished">la clave de grupo deriva las claves de dispositivo dentro del token</translation>
        </message>
        <message>
            <source>so does the secondary group key</source>
            <translation type="unfinished">igual que la clave de grupo secundaria</translation>
        </message>
        <message>
            <source>no key in a token is named</source>
            <translation type="unfinished">no se indica ninguna clave en un token</translation>
        </message>
        <message>
            <source>give the pkcs11: URI of the CA key or the group key in Settings, or keep the keys in the secret store</source>
            <translation type="unfinished">indique en Configuración la URI pkcs11: de la clave de CA o de la clave de grupo, o guarde las claves en los secretos</translation>
        </message>
        <message>
            <source>the token's PIN is kept in the station's secrets, which are locked</source>
            <translation type="unfinished">el PIN del token se guarda en los secretos de la estación, que están bloqueados</translation>
        </message>
        <message>
            <source>unlock the secrets in Settings, then start the job</source>
            <translation type="unfinished">desbloquee los secretos en Configuración e inicie el trabajo</translation>
        </message>
        <message>
            <source>the CA key in the token needs its CA certificate</source>
            <translation type="unfinished">la clave de CA del token necesita su certificado de CA</translation>
        </message>
        <message>
            <source>choose the CA certificate file in Settings</source>
            <translation type="unfinished">elija el archivo del certificado de CA en Configuración</translation>
        </message>
        <message>
            <source>cannot read the CA certificate file {path}: {reason}</source>
            <translation type="unfinished">no se puede leer el archivo del certificado de CA {path}: {reason}</translation>
        </message>
        <message>
            <source>choose the CA certificate file again in Settings</source>
            <translation type="unfinished">vuelva a elegir el archivo del certificado de CA en Configuración</translation>
        </message>
        <message>
            <source>the CA certificate file {path} holds no PEM certificate</source>
            <translation type="unfinished">el archivo del certificado de CA {path} no contiene ningún certificado PEM</translation>
        </message>
        <message>
            <source>choose the CA's certificate file</source>
            <translation type="unfinished">elija el archivo del certificado de la CA</translation>
        </message>
    </context>
    <context>
        <name>UnitTableModel</name>
        <message>
            <source>Device ID</source>
            <translation type="unfinished">ID de dispositivo</translation>
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished">Estado</translation>
        </message>
        <message>
            <source>Failed at / reason</source>
            <translation type="unfinished">Falló en / motivo</translation>
        </message>
        <message>
            <source>Recorded</source>
            <translation type="unfinished">Registrada</translation>
        </message>
        <message>
            <source>Provisioned</source>
            <translation type="unfinished">Aprovisionada</translation>
        </message>
        <message>
            <source>Profile</source>
            <translation type="unfinished">Perfil</translation>
        </message>
        <message>
            <source>Attestation</source>
            <translation type="unfinished">Atestación</translation>
        </message>
        <message>
            <source>Job</source>
            <translation type="unfinished">Trabajo</translation>
        </message>
        <message>
            <source>Operator</source>
            <translation type="unfinished">Operador</translation>
        </message>
        <message>
            <source>Station</source>
            <translation type="unfinished">Estación</translation>
        </message>
        <message>
            <source>Port</source>
            <translation type="unfinished">Puerto</translation>
        </message>
        <message>
            <source>Cloud status</source>
            <translation type="unfinished">Estado en la nube</translation>
        </message>
        <message>
            <source>Manifest</source>
            <translation type="unfinished">Manifiesto</translation>
        </message>
        <message>
            <source>pending</source>
            <translation type="unfinished">pendiente</translation>
        </message>
        <message>
            <source>provisioned</source>
            <translation type="unfinished">aprovisionada</translation>
        </message>
        <message>
            <source>failed</source>
            <translation type="unfinished">fallida</translation>
        </message>
        <message>
            <source>connected</source>
            <translation type="unfinished">conectada</translation>
        </message>
        <message>
            <source>never connected</source>
            <translation type="unfinished">nunca conectada</translation>
        </message>
        <message>
            <source>blocked</source>
            <translation type="unfinished">bloqueada</translation>
        </message>
        <message>
            <source>failed to register</source>
            <translation type="unfinished">registro fallido</translation>
        </message>
        <message>
            <source>waiting for approval</source>
            <translation type="unfinished">esperando aprobación</translation>
        </message>
        <message>
            <source>another attestation</source>
            <translation type="unfinished">otra atestación</translation>
        </message>
        <message>
            <source>not read yet</source>
            <translation type="unfinished">aún no leído</translation>
        </message>
        <message>
            <source>{detail} (read {time})</source>
            <translation type="unfinished">{detail} (leído {time})</translation>
        </message>
        <message>
            <source>Cloud status ({service})</source>
            <translation type="unfinished">Estado en la nube ({service})</translation>
        </message>
    </context>
    <context>
        <name>UploadDialog</name>
        <message>
            <source>DPS (individual enrollments)</source>
            <translation type="unfinished">DPS (inscripciones individuales)</translation>
        </message>
        <message>
            <source>DPS connection string</source>
            <translation type="unfinished">cadena de conexión de DPS</translation>
        </message>
        <message>
            <source>IoT Central API token</source>
            <translation type="unfinished">token de la API de IoT Central</translation>
        </message>
        <message>
            <source>the saved secret in {store}</source>
            <translation type="unfinished">el secreto guardado en {store}</translation>
        </message>
        <message>
            <source>the environment variable {name}</source>
            <translation type="unfinished">la variable de entorno {name}</translation>
        </message>
        <message>
            <source>No {what}: paste it below and press Keep, or set {variable}.</source>
            <translation type="unfinished">Falta {what}: péguelo abajo y pulse Guardar, o defina {variable}.</translation>
        </message>
        <message>
            <source>No {what}: unlock the station's secrets in Settings, or paste it below and press Keep, or set {variable}.</source>
            <translation type="unfinished">Falta {what}: desbloquee los secretos de la estación en Configuración, o péguelo abajo y pulse Guardar, o defina {variable}.</translation>
        </message>
        <message>
            <source>The {what} from {where} is unusable: {reason}</source>
            <translation type="unfinished">No se puede usar {what} de {where}: {reason}</translation>
        </message>
        <message>
            <source>An IoT Central status refresh needs the application's URL: type it above, https://NAME.azureiotcentral.com.</source>
            <translation type="unfinished">Para actualizar el estado desde IoT Central hace falta la URL de la aplicación: escríbala arriba, https://NAME.azureiotcentral.com.</translation>
        </message>
        <message>
            <source>An IoT Central upload needs the application's URL: type it above, https://NAME.azureiotcentral.com.</source>
            <translation type="unfinished">Para subir a IoT Central hace falta la URL de la aplicación: escríbala arriba, https://NAME.azureiotcentral.com.</translation>
        </message>
        <message>
            <source>Device ID</source>
            <translation type="unfinished">ID de dispositivo</translation>
        </message>
        <message>
            <source>State</source>
            <translation type="unfinished">Estado</translation>
        </message>
        <message>
            <source>Batch</source>
            <translation type="unfinished">Lote</translation>
        </message>
        <message>
            <source>Time</source>
            <translation type="unfinished">Hora</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation type="unfinished">Motivo</translation>
        </message>
        <message>
            <source>would be sent</source>
            <translation type="unfinished">se enviaría</translation>
        </message>
        <message>
            <source>The service refused the credential; nothing more was sent.</source>
            <translation type="unfinished">El servicio rechazó la credencial; no se envió nada más.</translation>
        </message>
        <message>
            <source>Upload stopped on request.</source>
            <translation type="unfinished">Subida detenida a petición.</translation>
        </message>
        <message>
            <source>The service could not be reached; the upload stopped.</source>
            <translation type="unfinished">No se pudo contactar con el servicio; la subida se detuvo.</translation>
        </message>
        <message>
            <source>The upload stopped.</source>
            <translation type="unfinished">La subida se detuvo.</translation>
        </message>
        <message>
            <source>What to do: {hint}</source>
            <translation type="unfinished">Qué hacer: {hint}</translation>
        </message>
        <message>
            <source>Upload enrollments</source>
            <translation type="unfinished">Subir inscripciones</translation>
        </message>
        <message>
            <source>Application URL</source>
            <translation type="unfinished">URL de la aplicación</translation>
        </message>
        <message>
            <source>Keep</source>
            <translation type="unfinished">Guardar</translation>
        </message>
        <message>
            <source>the service's own address (leave empty)</source>
            <translation type="unfinished">la dirección propia del servicio (dejar vacío)</translation>
        </message>
        <message>
            <source>Dry run: send nothing; write the requests to a file</source>
            <translation type="unfinished">Simulación: no enviar nada; escribir las solicitudes en un archivo</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation type="unfinished">Elegir…</translation>
        </message>
        <message>
            <source>Manifests</source>
            <translation type="unfinished">Manifiestos</translation>
        </message>
        <message>
            <source>Manifest</source>
            <translation type="unfinished">Manifiesto</translation>
        </message>
        <message>
            <source>Upload to</source>
            <translation type="unfinished">Subir a</translation>
        </message>
        <message>
            <source>Credential</source>
            <translation type="unfinished">Credencial</translation>
        </message>
        <message>
            <source>Endpoint override</source>
            <translation type="unfinished">Punto de conexión alternativo</translation>
        </message>
        <message>
            <source>Requests file</source>
            <translation type="unfinished">Archivo de solicitudes</translation>
        </message>
        <message>
            <source>Start</source>
            <translation type="unfinished">Iniciar</translation>
        </message>
        <message>
            <source>Close</source>
            <translation type="unfinished">Cerrar</translation>
        </message>
        <message>
            <source>API token</source>
            <translation type="unfinished">Token de la API</translation>
        </message>
        <message>
            <source>Connection string</source>
            <translation type="unfinished">Cadena de conexión</translation>
        </message>
        <message>
            <source>paste the {what} to keep it as a secret</source>
            <translation type="unfinished">pegue aquí {what} para guardarlo como secreto</translation>
        </message>
        <message>
            <source>From {where}: {masked}</source>
            <translation type="unfinished">De {where}: {masked}</translation>
        </message>
        <message>
            <source>the IoT Central API token is empty</source>
            <translation type="unfinished">el token de la API de IoT Central está vacío</translation>
        </message>
        <message>
            <source>paste the token shown when it was made in IoT Central</source>
            <translation type="unfinished">pegue el token que se mostró al crearlo en IoT Central</translation>
        </message>
        <message>
            <source>{what} kept in {store}.</source>
            <translation type="unfinished">Se guardó {what} en {store}.</translation>
        </message>
        <message>
            <source>Write the dry run's requests to</source>
            <translation type="unfinished">Escribir las solicitudes de la simulación en</translation>
        </message>
        <message>
            <source>JSON files (*.json);;All files (*)</source>
            <translation type="unfinished">Archivos JSON (*.json);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Choose the file the dry run writes its requests to.</source>
            <translation type="unfinished">Elija el archivo en el que la simulación escribe sus solicitudes.</translation>
        </message>
        <message>
            <source>Uploading to {service} using {where}…</source>
            <translation type="unfinished">Subiendo a {service} con {where}…</translation>
        </message>
        <message>
            <source>Planning the dry run…</source>
            <translation type="unfinished">Preparando la simulación…</translation>
        </message>
        <message>
            <source>Stopping after the request in progress…</source>
            <translation type="unfinished">Se detendrá tras la solicitud en curso…</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation type="unfinished">Detener</translation>
        </message>
        <message>
            <source>manifest {number} of {count}: </source>
            <translation type="unfinished">manifiesto {number} de {count}: </translation>
        </message>
        <message numerus="yes">
            <source>{done} of %n unit(s) settled — {message}</source>
            <translation type="unfinished">
                <numerusform>{done} de %n unidad resuelta — {message}</numerusform>
                <numerusform>{done} de %n unidades resueltas — {message}</numerusform>
            </translation>
        </message>
        <message>
            <source> (the other manifests' beside it, numbered -2 to -{last})</source>
            <translation type="unfinished"> (los de los demás manifiestos junto a él, numerados de -2 a -{last})</translation>
        </message>
        <message>
            <source>Nothing was sent; the requests are in {file}{more}.</source>
            <translation type="unfinished">No se envió nada; las solicitudes están en {file}{more}.</translation>
        </message>
        <message>
            <source>Every unit is uploaded or needs no upload.</source>
            <translation type="unfinished">Todas las unidades están subidas o no necesitan subirse.</translation>
        </message>
        <message>
            <source>Some units were not uploaded: their reasons are listed below.</source>
            <translation type="unfinished">Algunas unidades no se subieron: los motivos aparecen abajo.</translation>
        </message>
        <message>
            <source>The upload did not run.</source>
            <translation type="unfinished">La subida no se ejecutó.</translation>
        </message>
        <message>
            <source>units not reached stay pending; start the upload again and it resumes where it stopped</source>
            <translation type="unfinished">las unidades no alcanzadas quedan pendientes; vuelva a iniciar la subida y seguirá donde se detuvo</translation>
        </message>
        <message>
            <source>the upload broke down: unexpected {error}: {text}</source>
            <translation type="unfinished">la subida falló: {error} inesperado: {text}</translation>
        </message>
        <message>
            <source>report this to the station's engineer; the manifest keeps every state recorded so far</source>
            <translation type="unfinished">comuníquelo al ingeniero de la estación; el manifiesto conserva todos los estados registrados hasta ahora</translation>
        </message>
        <message>
            <source>the upload was stopped before every unit was sent</source>
            <translation type="unfinished">la subida se detuvo antes de enviar todas las unidades</translation>
        </message>
        <message>
            <source>the upload was stopped while it waited for the service</source>
            <translation type="unfinished">la subida se detuvo mientras esperaba al servicio</translation>
        </message>
        <message>
            <source>cannot write the dry run's requests to {path}: {reason}</source>
            <translation type="unfinished">no se pueden escribir las solicitudes de la simulación en {path}: {reason}</translation>
        </message>
        <message>
            <source>choose a file in a folder the station may write to</source>
            <translation type="unfinished">elija un archivo en una carpeta en la que la estación pueda escribir</translation>
        </message>
    </context>
    <context>
        <name>VirtualBoards</name>
        <message>
            <source>there is no job to make virtual boards for</source>
            <translation type="unfinished">no hay ningún trabajo para el que crear placas virtuales</translation>
        </message>
        <message>
            <source>start a job first (Settings, or `station gui --demo`)</source>
            <translation type="unfinished">inicie primero un trabajo (Configuración o `station gui --demo`)</translation>
        </message>
        <message>
            <source>Virtual board {number}</source>
            <translation type="unfinished">Placa virtual {number}</translation>
        </message>
    </context>
    <context>
        <name>YieldView</name>
        <message>
            <source>Units per hour — last 24 hours</source>
            <translation type="unfinished">Unidades por hora — últimas 24 horas</translation>
        </message>
        <message numerus="yes">
            <source>Units per day — last %n days</source>
            <translation type="unfinished">
                <numerusform>Unidades por día — último %n día</numerusform>
                <numerusform>Unidades por día — últimos %n días</numerusform>
            </translation>
        </message>
        <message>
            <source>Top failure reasons by stage</source>
            <translation type="unfinished">Principales motivos de fallo por etapa</translation>
        </message>
        <message>
            <source>No failures in this period.</source>
            <translation type="unfinished">Sin fallos en este periodo.</translation>
        </message>
        <message numerus="yes">
            <source>Connected to {service} within days of provisioning — {read} of %Ln provisioned unit(s) read</source>
            <translation type="unfinished">
                <numerusform>Conectadas a {service} a los pocos días del aprovisionamiento — leída {read} de %Ln unidad aprovisionada</numerusform>
                <numerusform>Conectadas a {service} a los pocos días del aprovisionamiento — leídas {read} de %Ln unidades aprovisionadas</numerusform>
            </translation>
        </message>
        <message>
            <source>No cloud status read yet: Manifest tab, Refresh cloud status…</source>
            <translation type="unfinished">Aún no se ha leído el estado en la nube: pestaña Manifiesto, Actualizar estado en la nube…</translation>
        </message>
        <message numerus="yes">
            <source>within %n day(s): {count} of {read} ({share} %)</source>
            <translation type="unfinished">
                <numerusform>en %n día: {count} de {read} ({share} %)</numerusform>
                <numerusform>en %n días: {count} de {read} ({share} %)</numerusform>
            </translation>
        </message>
        <message>
            <source>connected at all: {count} of {read}</source>
            <translation type="unfinished">conectadas alguna vez: {count} de {read}</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation type="unfinished">Actualizar</translation>
        </message>
        <message>
            <source>No manifest chosen: open or tick one in the Manifest tab.</source>
            <translation type="unfinished">Ningún manifiesto elegido: abra o marque uno en la pestaña Manifiesto.</translation>
        </message>
        <message>
            <source>The yield cannot be read: {reason}</source>
            <translation type="unfinished">No se puede leer el rendimiento: {reason}</translation>
        </message>
        <message numerus="yes">
            <source> (%n manifests)</source>
            <translation type="unfinished">
                <numerusform> (%n manifiesto)</numerusform>
                <numerusform> (%n manifiestos)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Last %n days{where}: {passed} passed, {failed} failed of {ended} attempts — yield {share} %</source>
            <translation type="unfinished">
                <numerusform>Último %n día{where}: {passed} correctas, {failed} fallidas de {ended} intentos — rendimiento {share} %</numerusform>
                <numerusform>Últimos %n días{where}: {passed} correctas, {failed} fallidas de {ended} intentos — rendimiento {share} %</numerusform>
            </translation>
        </message>
    </context>
</TS>
