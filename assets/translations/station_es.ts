<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name>ActiveJob</name>
        <message>
            <source>{rule} matching {pattern}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>{rule} que coincida con {pattern}</translation>
        </message>
        <message>
            <source>no CA certificate is chosen</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>no se ha elegido ningún certificado de CA</translation>
        </message>
        <message>
            <source>choose the CA certificate file in Settings before loading its key</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>elija el archivo del certificado de CA en Configuración antes de cargar su clave</translation>
        </message>
        <message>
            <source>cannot read the CA certificate file {path}: {reason}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>no se puede leer el archivo del certificado de CA {path}: {reason}</translation>
        </message>
        <message>
            <source>choose the CA certificate file again in Settings</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>vuelva a elegir el archivo del certificado de CA en Configuración</translation>
        </message>
    </context>
    <context>
        <name>CloudSetupDialog</name>
        <message>
            <source>no profile is chosen</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>no se ha elegido ningún perfil</translation>
        </message>
        <message>
            <source>choose the job's profile in Settings first</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>elija primero el perfil del trabajo en Configuración</translation>
        </message>
        <message>
            <source>the job's attestation is not chosen</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>no se ha elegido la atestación del trabajo</translation>
        </message>
        <message>
            <source>choose it in Settings</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>elíjala en Configuración</translation>
        </message>
        <message>
            <source>{mode} units are enrolled one by one: there is no enrollment group to set up</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>las unidades {mode} se inscriben una a una: no hay ningún grupo de inscripción que configurar</translation>
        </message>
        <message>
            <source>upload them from the Manifest tab once provisioned, or choose a group attestation</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>súbalas desde la pestaña Manifiesto una vez aprovisionadas, o elija una atestación de grupo</translation>
        </message>
        <message>
            <source>an X.509 group needs the CA certificate</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>un grupo X.509 necesita el certificado de CA</translation>
        </message>
        <message>
            <source>choose the CA certificate file in Settings</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>elija el archivo del certificado de CA en Configuración</translation>
        </message>
        <message>
            <source>cannot read the CA certificate file {path}: {reason}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>no se puede leer el archivo del certificado de CA {path}: {reason}</translation>
        </message>
        <message>
            <source>choose the CA certificate file again in Settings</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>vuelva a elegir el archivo del certificado de CA en Configuración</translation>
        </message>
        <message>
            <source>the CA certificate file holds no PEM certificate</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>el archivo del certificado de CA no contiene ningún certificado PEM</translation>
        </message>
        <message>
            <source>choose the CA's certificate file</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>elija el archivo del certificado de la CA</translation>
        </message>
        <message>
            <source>verifying the CA needs its key, and none is kept</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>para verificar la CA hace falta su clave, y no hay ninguna guardada</translation>
        </message>
        <message>
            <source>load the CA private key in Settings (or name it in the token)</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>cargue la clave privada de CA en Configuración (o indíquela en el token)</translation>
        </message>
        <message>
            <source>the set-up was stopped</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>la configuración se detuvo</translation>
        </message>
        <message>
            <source>set it up again: each step that was done is found done</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>vuelva a configurarlo: cada paso ya hecho se reconoce como hecho</translation>
        </message>
        <message>
            <source>opening the CA…</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>abriendo la CA…</translation>
        </message>
        <message>
            <source>Set up in the cloud</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Configurar en la nube</translation>
        </message>
        <message>
            <source>Application URL</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>URL de la aplicación</translation>
        </message>
        <message>
            <source>Keep</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Guardar</translation>
        </message>
        <message>
            <source>the service's own address (leave empty)</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>la dirección propia del servicio (dejar vacío)</translation>
        </message>
        <message>
            <source>Job</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Trabajo</translation>
        </message>
        <message>
            <source>Service</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Servicio</translation>
        </message>
        <message>
            <source>Credential</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Credencial</translation>
        </message>
        <message>
            <source>Endpoint override</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Punto de conexión alternativo</translation>
        </message>
        <message>
            <source>Enrollment group ID</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>ID del grupo de inscripción</translation>
        </message>
        <message>
            <source>Set up</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Configurar</translation>
        </message>
        <message>
            <source>Close</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>its keys go into the token</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>sus claves van al token</translation>
        </message>
        <message>
            <source>its keys go into {store}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>sus claves van a {store}</translation>
        </message>
        <message>
            <source>its CA is uploaded and verified with the CA key</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>su CA se sube y se verifica con la clave de CA</translation>
        </message>
        <message>
            <source>{profile}, {mode}: {kind} enrollment group; {where}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>{profile}, {mode}: grupo de inscripción {kind}; {where}</translation>
        </message>
        <message>
            <source>API token</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Token de la API</translation>
        </message>
        <message>
            <source>Connection string</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Cadena de conexión</translation>
        </message>
        <message>
            <source>paste the {what} to keep it as a secret</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>pegue aquí {what}; se guardará como secreto</translation>
        </message>
        <message>
            <source>From {where}: {masked}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Origen — {where}: {masked}</translation>
        </message>
        <message>
            <source>{what} kept in {store}.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Se guardó {what} en {store}.</translation>
        </message>
        <message>
            <source>no IoT Central application URL</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>falta la URL de la aplicación de IoT Central</translation>
        </message>
        <message>
            <source>type it above, https://NAME.azureiotcentral.com</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>escríbala arriba, https://NAME.azureiotcentral.com</translation>
        </message>
        <message>
            <source>the station's secrets are locked</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>los secretos de la estación están bloqueados</translation>
        </message>
        <message>
            <source>unlock them in Settings, then set up again</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>desbloquéelos en Configuración y vuelva a configurar</translation>
        </message>
        <message>
            <source>the keys are kept in a token, but no group key URI is named</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>las claves se guardan en un token, pero no se indica ninguna URI de clave de grupo</translation>
        </message>
        <message>
            <source>give the group key's pkcs11: URI in Settings</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>indique en Configuración la URI pkcs11: de la clave de grupo</translation>
        </message>
        <message>
            <source>the set-up broke down: unexpected {error}: {text}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>la configuración falló: {error} inesperado: {text}</translation>
        </message>
        <message>
            <source>report this to the station's engineer; setting up again finds done what was done</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>comuníquelo al ingeniero de la estación; al volver a configurar se reconoce lo que ya se hizo</translation>
        </message>
    </context>
    <context>
        <name>CloudStatusDialog</name>
        <message>
            <source>every page read so far is recorded; refresh again and it resumes there</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>cada página leída hasta ahora está registrada; actualice de nuevo y seguirá desde ahí</translation>
        </message>
        <message>
            <source>the refresh was stopped before every page was read</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>la actualización se detuvo antes de leer todas las páginas</translation>
        </message>
        <message>
            <source>the refresh was stopped while it waited for the service</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>la actualización se detuvo mientras esperaba al servicio</translation>
        </message>
        <message>
            <source>the manifest {path} cannot record the statuses: {reason}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>el manifiesto {path} no puede registrar los estados: {reason}</translation>
        </message>
        <message>
            <source>check that the file is a station's manifest on a writable disk</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>compruebe que el archivo es el manifiesto de una estación y está en un disco en el que se pueda escribir</translation>
        </message>
        <message>
            <source>the refresh broke down: unexpected {error}: {text}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>la actualización falló: {error} inesperado: {text}</translation>
        </message>
        <message>
            <source>report this to the station's engineer; the pages read so far are recorded</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>comuníquelo al ingeniero de la estación; las páginas leídas hasta ahora están registradas</translation>
        </message>
        <message>
            <source>The service refused the credential.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>El servicio rechazó la credencial.</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more not connected (filter the table by Cloud)</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>
                <numerusform>… y %n más sin conectar (filtre la tabla por Nube)</numerusform>
                <numerusform>… y %n más sin conectar (filtre la tabla por Nube)</numerusform>
            </translation>
        </message>
        <message>
            <source>Refresh cloud status</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Actualizar el estado en la nube</translation>
        </message>
        <message>
            <source>line record at {where}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>registro de la línea en {where}</translation>
        </message>
        <message>
            <source>Application URL</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>URL de la aplicación</translation>
        </message>
        <message>
            <source>Keep</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Guardar</translation>
        </message>
        <message>
            <source>the service's own address (leave empty)</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>la dirección propia del servicio (dejar vacío)</translation>
        </message>
        <message>
            <source>Manifests</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Manifiestos</translation>
        </message>
        <message>
            <source>Manifest</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Manifiesto</translation>
        </message>
        <message>
            <source>Line record</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Registro de la línea</translation>
        </message>
        <message>
            <source>Read from</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Leer de</translation>
        </message>
        <message>
            <source>Credential</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Credencial</translation>
        </message>
        <message>
            <source>Endpoint override</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Punto de conexión alternativo</translation>
        </message>
        <message>
            <source>The statuses are recorded in each manifest, apart from its journaled record, with the time they were read; nothing else in the manifest changes.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Los estados se registran en cada manifiesto, aparte de su registro con diario, con la hora en que se leyeron; nada más cambia en el manifiesto.</translation>
        </message>
        <message>
            <source>The statuses of every station's units are recorded in the line record, with the time they were read; the stations' manifests do not change.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Los estados de las unidades de todas las estaciones se guardan en el registro de la línea, con la hora en que se leyeron; los manifiestos de las estaciones no cambian.</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Actualizar</translation>
        </message>
        <message>
            <source>Close</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>API token</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Token de la API</translation>
        </message>
        <message>
            <source>Connection string</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Cadena de conexión</translation>
        </message>
        <message>
            <source>paste the {what} to keep it as a secret</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>pegue aquí {what}; se guardará como secreto</translation>
        </message>
        <message>
            <source>From {where}: {masked}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Origen — {where}: {masked}</translation>
        </message>
        <message>
            <source>{what} kept in {store}.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Se guardó {what} en {store}.</translation>
        </message>
        <message>
            <source>Reading from {service} using {where}…</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Leyendo de {service} con {where}…</translation>
        </message>
        <message>
            <source>{manifest} ({number} of {count}): </source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>{manifest} ({number} de {count}): </translation>
        </message>
        <message>
            <source>Stopping after the request in progress…</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Se detendrá tras la solicitud en curso…</translation>
        </message>
        <message>
            <source>Stop</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Detener</translation>
        </message>
        <message numerus="yes">
            <source>%n page request(s) — {message}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>
                <numerusform>%n solicitud de página — {message}</numerusform>
                <numerusform>%n solicitudes de página — {message}</numerusform>
            </translation>
        </message>
        <message>
            <source>The refresh of {manifest} did not run.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>La actualización de {manifest} no se ejecutó.</translation>
        </message>
        <message numerus="yes">
            <source> (%n manifest(s) refreshed before it.)</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>
                <numerusform> (antes se actualizó %n manifiesto.)</numerusform>
                <numerusform> (antes se actualizaron %n manifiestos.)</numerusform>
            </translation>
        </message>
        <message>
            <source>{manifest}: {connected} of {count} connected</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>{manifest}: {connected} de {count} conectados</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>⚠  This file will hold the SAS units' device keys in clear. Anyone who has it can connect these devices as themselves. Keep it on an encrypted drive, hand it over directly, and delete it after the import.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>⚠  Este archivo contendrá en claro las claves de dispositivo de las unidades SAS. Quien lo tenga puede conectar esos dispositivos haciéndose pasar por ellos. Guárdelo en una unidad cifrada, entréguelo en mano y bórrelo después de la importación.</translation>
        </message>
        <message>
            <source>IoT Central device import: device IDs and names</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Importación de dispositivos de IoT Central: ID y nombres de dispositivo</translation>
        </message>
        <message>
            <source>IoT Central device list with SAS keys and X.509 thumbprints</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Lista de dispositivos de IoT Central con claves SAS y huellas digitales X.509</translation>
        </message>
        <message>
            <source>Every unit with its public facts, status, failure and times (no secrets)</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Todas las unidades con sus datos públicos, estado, fallo y horas (sin secretos)</translation>
        </message>
        <message>
            <source>DPS individual enrollments (JSON), ready for upload</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Inscripciones individuales de DPS (JSON), listas para subir</translation>
        </message>
        <message>
            <source>it holds device keys in clear: readable by you only; delete it after the import</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>contiene claves de dispositivo en claro: solo usted puede leerlo; bórrelo después de la importación</translation>
        </message>
        <message>
            <source>this manifest's device keys are sealed with its station key, which is not on this PC</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>las claves de dispositivo de este manifiesto están selladas con su clave de estación, que no está en este PC</translation>
        </message>
        <message>
            <source>unexpected {error}: {text}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>{error} inesperado: {text}</translation>
        </message>
        <message>
            <source>report this to the station's engineer</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>comuníquelo al ingeniero de la estación</translation>
        </message>
        <message>
            <source> (already written: {files})</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation> (ya escritos: {files})</translation>
        </message>
        <message>
            <source>Export units</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Exportar unidades</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Elegir…</translation>
        </message>
        <message>
            <source>Format</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Formato</translation>
        </message>
        <message>
            <source>Rows</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Filas</translation>
        </message>
        <message>
            <source>File</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Archivo</translation>
        </message>
        <message numerus="yes">
            <source>%n manifests: one file each, named after its manifest (e.g. …-{example}), so that each file answers to one station's journal.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>
                <numerusform>%n manifiesto: un archivo por cada uno, con el nombre de su manifiesto (p. ej., …-{example}), para que cada archivo responda al diario de una sola estación.</numerusform>
                <numerusform>%n manifiestos: un archivo por cada uno, con el nombre de su manifiesto (p. ej., …-{example}), para que cada archivo responda al diario de una sola estación.</numerusform>
            </translation>
        </message>
        <message>
            <source>Writing…</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Escribiendo…</translation>
        </message>
        <message>
            <source>Export</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Exportar</translation>
        </message>
        <message>
            <source> (provisioned units only)</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation> (solo unidades aprovisionadas)</translation>
        </message>
        <message numerus="yes">
            <source>%Ln unit(s) will be written</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>
                <numerusform>Se escribirá %Ln unidad</numerusform>
                <numerusform>Se escribirán %Ln unidades</numerusform>
            </translation>
        </message>
        <message>
            <source>The {format} export holds provisioned units only; clear the status filter to use it.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>La exportación {format} solo contiene unidades aprovisionadas; quite el filtro de estado para usarla.</translation>
        </message>
        <message>
            <source>{kind} (*{suffix});;All files (*)</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>{kind} (*{suffix});;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Export to</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Exportar a</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) in {folder}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>
                <numerusform>%n archivo en {folder}</numerusform>
                <numerusform>%n archivos en {folder}</numerusform>
            </translation>
        </message>
        <message>
            <source>The export failed: {reason}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>La exportación falló: {reason}</translation>
        </message>
    </context>
    <context>
        <name>JobBar</name>
        <message>
            <source>Profile</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Perfil</translation>
        </message>
        <message>
            <source>ID scope</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>ID scope</translation>
        </message>
        <message>
            <source>Attestation</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Atestación</translation>
        </message>
        <message>
            <source>Device-ID rule</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Regla del ID de dispositivo</translation>
        </message>
        <message>
            <source>Units done today</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Unidades hechas hoy</translation>
        </message>
        <message>
            <source>No job — set one up in Settings</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Sin trabajo: configure uno en Configuración</translation>
        </message>
        <message>
            <source>{profile}  (demo)</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>{profile}  (demo)</translation>
        </message>
    </context>
    <context>
        <name>LabelPreview</name>
        <message>
            <source>Label</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Etiqueta</translation>
        </message>
        <message>
            <source>The label of the next provisioned unit shows here.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Aquí aparece la etiqueta de la próxima unidad aprovisionada.</translation>
        </message>
        <message>
            <source>Print label…</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Imprimir etiqueta…</translation>
        </message>
        <message>
            <source>Save as PDF…</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Guardar como PDF…</translation>
        </message>
        <message>
            <source>Label — {board}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Etiqueta — {board}</translation>
        </message>
        <message>
            <source>The label cannot be shown: {problem}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>No se puede mostrar la etiqueta: {problem}</translation>
        </message>
        <message>
            <source>Save the label as PDF</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Guardar la etiqueta como PDF</translation>
        </message>
    </context>
    <context>
        <name>LabelPrint</name>
        <message>
            <source>the printer did not accept the label</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>la impresora no aceptó la etiqueta</translation>
        </message>
        <message>
            <source>check that the label printer is on and has labels, then print again</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>compruebe que la impresora de etiquetas está encendida y tiene etiquetas, y vuelva a imprimir</translation>
        </message>
        <message>
            <source>Print the label of {device}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Imprimir la etiqueta de {device}</translation>
        </message>
    </context>
    <context>
        <name>LabelQueue</name>
        <message>
            <source>no label printer address is given</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>no se ha indicado la dirección de la impresora de etiquetas</translation>
        </message>
        <message>
            <source>type the printer's address in Settings, e.g. 10.0.4.21 or zebra-3:9100</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>escriba la dirección de la impresora en Configuración, p. ej., 10.0.4.21 o zebra-3:9100</translation>
        </message>
    </context>
    <context>
        <name>LineController</name>
        <message>
            <source>the board on {port} was unplugged</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>la placa de {port} se desconectó</translation>
        </message>
        <message>
            <source>this job takes device IDs from the unit's barcode</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>este trabajo toma los ID de dispositivo del código de barras de la unidad</translation>
        </message>
        <message>
            <source>scan the barcode on the unit; the unit starts by itself</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>escanee el código de barras de la unidad; la unidad empieza sola</translation>
        </message>
        <message>
            <source>no board is ready</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>no hay ninguna placa lista</translation>
        </message>
        <message>
            <source>no board is connected</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>no hay ninguna placa conectada</translation>
        </message>
        <message>
            <source>plug a board in, or wait for a port to finish its unit</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>conecte una placa o espere a que un puerto termine su unidad</translation>
        </message>
        <message>
            <source>port {port} cannot retry now</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>el puerto {port} no puede reintentar ahora</translation>
        </message>
        <message>
            <source>wait until the port has finished, or check that the board is still plugged</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>espere a que el puerto termine o compruebe que la placa sigue conectada</translation>
        </message>
        <message>
            <source>the scanned barcode was not a device ID this job can use</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>el código de barras escaneado no es un ID de dispositivo que este trabajo pueda usar</translation>
        </message>
        <message>
            <source>scan the unit's barcode again; the unit starts by itself</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>vuelva a escanear el código de barras de la unidad; la unidad empieza sola</translation>
        </message>
        <message>
            <source>port {port} is busy or gone</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>el puerto {port} está ocupado o ya no está</translation>
        </message>
        <message>
            <source>wait until the port has finished its unit, or choose another port</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>espere a que el puerto termine su unidad o elija otro puerto</translation>
        </message>
        <message>
            <source>no job is running</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>no hay ningún trabajo en marcha</translation>
        </message>
        <message>
            <source>choose the profile, ID scope and secrets in Settings and start the job</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>elija el perfil, el ID scope y los secretos en Configuración e inicie el trabajo</translation>
        </message>
        <message>
            <source>board unplugged during {stage}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>placa desconectada durante {stage}</translation>
        </message>
        <message>
            <source>plug the board in again and retry it, or set it aside</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>vuelva a conectar la placa y reintente, o apártela</translation>
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
            <translation>Cuántas horas atrás, incluida la actual</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Actualizar</translation>
        </message>
        <message>
            <source>Station</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Estación</translation>
        </message>
        <message>
            <source>Units</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Unidades</translation>
        </message>
        <message>
            <source>Provisioned</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Aprovisionadas</translation>
        </message>
        <message>
            <source>Failed</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Fallidas</translation>
        </message>
        <message>
            <source>Yield</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Rendimiento</translation>
        </message>
        <message>
            <source>Units per hour</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Unidades por hora</translation>
        </message>
        <message>
            <source>Last copy</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Última copia</translation>
        </message>
        <message>
            <source>Behind on copying since</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Copia atrasada desde</translation>
        </message>
        <message>
            <source>Hour</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Hora</translation>
        </message>
        <message>
            <source>Per station</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Por estación</translation>
        </message>
        <message>
            <source>Stage</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Etapa</translation>
        </message>
        <message>
            <source>Failed units</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Unidades fallidas</translation>
        </message>
        <message>
            <source>Last</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Últimas</translation>
        </message>
        <message>
            <source>Per hour across the line</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Por hora en toda la línea</translation>
        </message>
        <message>
            <source>Failures by stage and station</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Fallos por etapa y estación</translation>
        </message>
        <message>
            <source>Stations</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Estaciones</translation>
        </message>
        <message>
            <source>No line record open: start the QA desk with a line database, station gui --qa postgresql://USER@HOST/DATABASE</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>No hay ningún registro de la línea abierto: inicie el puesto de calidad con una base de datos de la línea, station gui --qa postgresql://USER@HOST/DATABASE</translation>
        </message>
        <message>
            <source>Reading the line record at {where}…</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Leyendo el registro de la línea en {where}…</translation>
        </message>
        <message numerus="yes">
            <source>{where}, last %n hour(s): {units} units, {passed} provisioned, {failed} failed — yield {share}; {behind} station(s) behind on copying</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>
                <numerusform>{where}, última %n hora: {units} unidades, {passed} aprovisionadas, {failed} fallidas — rendimiento {share}; estaciones con la copia atrasada: {behind}</numerusform>
                <numerusform>{where}, últimas %n horas: {units} unidades, {passed} aprovisionadas, {failed} fallidas — rendimiento {share}; estaciones con la copia atrasada: {behind}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LineView</name>
        <message>
            <source>Start a unit on each board as soon as it is plugged in, without pressing anything</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Empezar una unidad en cada placa en cuanto se conecte, sin pulsar nada</translation>
        </message>
        <message>
            <source>Off for this job: each unit starts when its barcode is scanned</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Desactivado en este trabajo: cada unidad empieza al escanear su código de barras</translation>
        </message>
        <message>
            <source>Scan the unit's barcode again; the unit starts by itself.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Vuelva a escanear el código de barras de la unidad; la unidad empieza sola.</translation>
        </message>
        <message>
            <source>the board's MAC address</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>la dirección MAC de la placa</translation>
        </message>
        <message>
            <source>a barcode scanned for each unit</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>un código de barras escaneado en cada unidad</translation>
        </message>
        <message>
            <source>the station's counter</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>el contador de la estación</translation>
        </message>
        <message>
            <source>the board's TPM</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>el TPM de la placa</translation>
        </message>
        <message>
            <source>No boards yet. Plug a board in, or add a virtual board.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Aún no hay placas. Conecte una placa o añada una placa virtual.</translation>
        </message>
        <message>
            <source>Provision next unit</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Aprovisionar siguiente</translation>
        </message>
        <message>
            <source>Auto: start each board as it is plugged in</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Automático: empezar al conectar cada placa</translation>
        </message>
        <message>
            <source>+ Virtual board</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>+ Placa virtual</translation>
        </message>
        <message>
            <source>Plug a virtual board of this job's profile into a new port</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Conectar en un puerto nuevo una placa virtual del perfil de este trabajo</translation>
        </message>
        <message>
            <source>Barcode</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Código de barras</translation>
        </message>
        <message>
            <source>no job</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>sin trabajo</translation>
        </message>
        <message>
            <source>Scan the unit's barcode — the unit starts by itself</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Escanee el código de barras de la unidad: empieza sola</translation>
        </message>
        <message>
            <source>IDs come from {source}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Los ID vienen de {source}</translation>
        </message>
        <message>
            <source>Not used by this job: device IDs come from {source}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>No se usa en este trabajo: los ID de dispositivo vienen de {source}</translation>
        </message>
        <message>
            <source>{device} provisioned, no label</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>{device} aprovisionado, sin etiqueta</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Provisioning Station</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Estación de aprovisionamiento</translation>
        </message>
        <message>
            <source>{title}  —  demo</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>{title}  —  demo</translation>
        </message>
        <message>
            <source>{title}  —  QA desk</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>{title}  —  puesto de calidad</translation>
        </message>
        <message>
            <source>Line</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Línea</translation>
        </message>
        <message>
            <source>Manifest</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Manifiesto</translation>
        </message>
        <message>
            <source>Yield</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Rendimiento</translation>
        </message>
        <message>
            <source>Profiles</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Perfiles</translation>
        </message>
        <message>
            <source>Settings</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Configuración</translation>
        </message>
        <message>
            <source>Served line</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Línea automatizada</translation>
        </message>
        <message>
            <source>Line record</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Registro de la línea</translation>
        </message>
        <message>
            <source>QA desk: the line record at {where}, read-only</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Puesto de calidad: el registro de la línea en {where}, solo lectura</translation>
        </message>
        <message>
            <source>Manifest: {path}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Manifiesto: {path}</translation>
        </message>
        <message numerus="yes">
            <source>QA desk: %n manifest(s) open, read-only</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>
                <numerusform>Puesto de calidad: %n manifiesto abierto, solo lectura</numerusform>
                <numerusform>Puesto de calidad: %n manifiestos abiertos, solo lectura</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>No job: %n manifest(s) open, read-only</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>
                <numerusform>Sin trabajo: %n manifiesto abierto, solo lectura</numerusform>
                <numerusform>Sin trabajo: %n manifiestos abiertos, solo lectura</numerusform>
            </translation>
        </message>
        <message>
            <source>The job cannot start: {reason}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>El trabajo no puede empezar: {reason}</translation>
        </message>
        <message>
            <source>The label printer cannot be used: {reason}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>No se puede usar la impresora de etiquetas: {reason}</translation>
        </message>
        <message>
            <source>Before you start: {warning}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Antes de empezar: {warning}</translation>
        </message>
        <message>
            <source>tell the security officer</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>avise al responsable de seguridad</translation>
        </message>
    </context>
    <context>
        <name>ManifestView</name>
        <message>
            <source>Manifests (*.sqlite *.sqlite3 *.db);;All files (*)</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Manifiestos (*.sqlite *.sqlite3 *.db);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Any</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Cualquiera</translation>
        </message>
        <message>
            <source>any date</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>cualquier fecha</translation>
        </message>
        <message>
            <source>Tick the manifests to browse, export and upload together</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Marque los manifiestos que quiere consultar, exportar y subir juntos</translation>
        </message>
        <message>
            <source>Open…</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Abrir…</translation>
        </message>
        <message>
            <source>Open manifest files read-only, e.g. copied from stations</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Abrir archivos de manifiesto en solo lectura, p. ej., copiados de estaciones</translation>
        </message>
        <message>
            <source>Close</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>The service whose status the Cloud column and filter show</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>El servicio cuyo estado muestran la columna y el filtro Nube</translation>
        </message>
        <message>
            <source>Search device ID, MAC or serial</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Buscar ID de dispositivo, MAC o número de serie</translation>
        </message>
        <message>
            <source>Export…</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Exportar…</translation>
        </message>
        <message>
            <source>Upload enrollments…</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Subir inscripciones…</translation>
        </message>
        <message>
            <source>Send the provisioned units to DPS or IoT Central</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Enviar las unidades aprovisionadas a DPS o IoT Central</translation>
        </message>
        <message>
            <source>Refresh cloud status…</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Actualizar estado en la nube…</translation>
        </message>
        <message>
            <source>Read what IoT Central or DPS knows of the provisioned units: connected, blocked, failed to register, never connected</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Leer lo que IoT Central o DPS sabe de las unidades aprovisionadas: conectadas, bloqueadas, con registro fallido, nunca conectadas</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Actualizar</translation>
        </message>
        <message>
            <source>Read the manifests again (and a station key restored meanwhile)</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Volver a leer los manifiestos (y una clave de estación restaurada entretanto)</translation>
        </message>
        <message>
            <source>Resolve…</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Resolver…</translation>
        </message>
        <message>
            <source>Close a unit an interrupted station left pending, once its board is checked</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Cerrar una unidad que una estación interrumpida dejó pendiente, una vez revisada su placa</translation>
        </message>
        <message>
            <source>Re-provision…</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Reaprovisionar…</translation>
        </message>
        <message>
            <source>Give a returned unit (repair, RMA, erased flash) new credentials under its device ID, with the running job</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Dar a una unidad devuelta (reparación, RMA, flash borrada) credenciales nuevas con su ID de dispositivo, con el trabajo en marcha</translation>
        </message>
        <message>
            <source>From</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Desde</translation>
        </message>
        <message>
            <source>To</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Hasta</translation>
        </message>
        <message>
            <source>Status</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Job</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Trabajo</translation>
        </message>
        <message>
            <source>Operator</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Operador</translation>
        </message>
        <message>
            <source>Station</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Estación</translation>
        </message>
        <message>
            <source>Cloud status from</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Estado en la nube de</translation>
        </message>
        <message>
            <source>Cloud</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Nube</translation>
        </message>
        <message>
            <source>Select a unit to see its facts and event log.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Seleccione una unidad para ver sus datos y su registro de eventos.</translation>
        </message>
        <message>
            <source>Manifests</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Manifiestos</translation>
        </message>
        <message>
            <source>{path} cannot be opened: {reason}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>No se puede abrir {path}: {reason}</translation>
        </message>
        <message>
            <source>Open manifests</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Abrir manifiestos</translation>
        </message>
        <message>
            <source>  (job)</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>  (trabajo)</translation>
        </message>
        <message>
            <source>Reading the line record…</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Leyendo el registro de la línea…</translation>
        </message>
        <message numerus="yes">
            <source>%Ln unit(s) on the line record</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>
                <numerusform>%Ln unidad en el registro de la línea</numerusform>
                <numerusform>%Ln unidades en el registro de la línea</numerusform>
            </translation>
        </message>
        <message>
            <source>No manifest chosen: open one, or tick one in the list</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Ningún manifiesto elegido: abra uno o marque uno en la lista</translation>
        </message>
        <message numerus="yes">
            <source>%Ln unit(s) in {manifests} manifests</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>
                <numerusform>%Ln unidad en {manifests} manifiestos</numerusform>
                <numerusform>%Ln unidades en {manifests} manifiestos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln unit(s)</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>
                <numerusform>%Ln unidad</numerusform>
                <numerusform>%Ln unidades</numerusform>
            </translation>
        </message>
        <message>
            <source>profile {profile}, {attestation}, ID scope {scope}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>perfil {profile}, {attestation}, ID scope {scope}</translation>
        </message>
        <message>
            <source>board {board} {chip}  MAC {mac}  serial {serial}  port {port}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>placa {board} {chip}  MAC {mac}  n.º de serie {serial}  puerto {port}</translation>
        </message>
        <message numerus="yes">
            <source>job {job}, operator {operator}, station {station}, %n attempt(s)</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>
                <numerusform>trabajo {job}, operador {operator}, estación {station}, %n intento</numerusform>
                <numerusform>trabajo {job}, operador {operator}, estación {station}, %n intentos</numerusform>
            </translation>
        </message>
        <message>
            <source>recorded {recorded}, provisioned {provisioned}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>registrada {recorded}, aprovisionada {provisioned}</translation>
        </message>
        <message>
            <source>manifest {path}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>manifiesto {path}</translation>
        </message>
        <message>
            <source>failed at {stage}: {reason}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>falló en {stage}: {reason}</translation>
        </message>
        <message>
            <source>certificate SHA-1 {thumbprint}, issuer {issuer}, valid until {until}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>certificado SHA-1 {thumbprint}, emisor {issuer}, válido hasta {until}</translation>
        </message>
        <message>
            <source>{service}: {status} — {detail} (read {time})</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>{service}: {status} — {detail} (leído {time})</translation>
        </message>
        <message>
            <source>Event log:</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Registro de eventos:</translation>
        </message>
        <message>
            <source>Export the line record</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Exportar el registro de la línea</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Archivos CSV (*.csv)</translation>
        </message>
        <message numerus="yes">
            <source>%Ln unit(s) — exported {rows} rows to {where}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>
                <numerusform>%Ln unidad — filas exportadas a {where}: {rows}</numerusform>
                <numerusform>%Ln unidades — filas exportadas a {where}: {rows}</numerusform>
            </translation>
        </message>
        <message>
            <source>journal head {head} (note it outside the station)</source>
            <translatorcomment>machine-made; second reader not sure: is 'journal head' (the hash of the manifest's last journal entry) clear to QA in this wording?</translatorcomment>
            <translation type="unfinished">cabeza del diario {head} (anótela fuera de la estación)</translation>
        </message>
        <message numerus="yes">
            <source>%Ln unit(s) — upload: {summary}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>
                <numerusform>%Ln unidad — subida: {summary}</numerusform>
                <numerusform>%Ln unidades — subida: {summary}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln unit(s) — {summary}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>
                <numerusform>%Ln unidad — {summary}</numerusform>
                <numerusform>%Ln unidades — {summary}</numerusform>
            </translation>
        </message>
        <message>
            <source>Line record</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Registro de la línea</translation>
        </message>
        <message>
            <source>{where} (read-only)</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>{where} (solo lectura)</translation>
        </message>
        <message>
            <source>Device ID starts with</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>El ID de dispositivo empieza por</translation>
        </message>
        <message>
            <source>Not on the line record; use a station's manifest</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>No disponible en el registro de la línea; use el manifiesto de una estación</translation>
        </message>
        <message>
            <source>Send every station's provisioned units to DPS or IoT Central, once for the line</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Enviar las unidades aprovisionadas de todas las estaciones a DPS o IoT Central, una sola vez para toda la línea</translation>
        </message>
        <message>
            <source>Read what IoT Central or DPS knows of every station's provisioned units into the line record</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Leer lo que IoT Central o DPS sabe de las unidades aprovisionadas de todas las estaciones y guardarlo en el registro de la línea</translation>
        </message>
        <message>
            <source>Reading its changes from the line record…</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Leyendo sus cambios del registro de la línea…</translation>
        </message>
        <message>
            <source>on the line from station {station}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>en la línea, procedente de la estación {station}</translation>
        </message>
        <message>
            <source>Changes on the line record:</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Cambios en el registro de la línea:</translation>
        </message>
        <message>
            <source>Exporting the line record to {where}…</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Exportando el registro de la línea a {where}…</translation>
        </message>
        <message numerus="yes">
            <source>%Ln unit(s) on the line record — exported {rows} rows to {where}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>
                <numerusform>%Ln unidad en el registro de la línea — filas exportadas a {where}: {rows}</numerusform>
                <numerusform>%Ln unidades en el registro de la línea — filas exportadas a {where}: {rows}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PortTile</name>
        <message>
            <source>starting</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>iniciando</translation>
        </message>
        <message>
            <source>finding the board</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>buscando la placa</translation>
        </message>
        <message>
            <source>reading its identity</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>leyendo su identidad</translation>
        </message>
        <message>
            <source>making credentials</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>creando credenciales</translation>
        </message>
        <message>
            <source>recording the unit</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>registrando la unidad</translation>
        </message>
        <message>
            <source>writing</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>escribiendo</translation>
        </message>
        <message>
            <source>verifying</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>verificando</translation>
        </message>
        <message>
            <source>recording the result</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>registrando el resultado</translation>
        </message>
        <message>
            <source>making the label</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>creando la etiqueta</translation>
        </message>
        <message>
            <source>done</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>hecho</translation>
        </message>
        <message>
            <source>station</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>estación</translation>
        </message>
        <message>
            <source>IDLE</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>LIBRE</translation>
        </message>
        <message>
            <source>BUSY</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>OCUPADO</translation>
        </message>
        <message>
            <source>PASSED</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>CORRECTO</translation>
        </message>
        <message>
            <source>FAILED</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>FALLÓ</translation>
        </message>
        <message>
            <source>Retry this unit</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Reintentar esta unidad</translation>
        </message>
        <message>
            <source>Print label…</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Imprimir etiqueta…</translation>
        </message>
        <message>
            <source>Print the label of {device}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Imprimir la etiqueta de {device}</translation>
        </message>
        <message>
            <source> (attempt {attempt})</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation> (intento {attempt})</translation>
        </message>
        <message>
            <source>Stage: {stage}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Etapa: {stage}</translation>
        </message>
        <message>
            <source>Failed at {stage}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Falló en {stage}</translation>
        </message>
        <message>
            <source>Provisioned{attempt} — ready for the next board</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Aprovisionada{attempt} — lista para la siguiente placa</translation>
        </message>
        <message>
            <source>Ready for a board</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Lista para una placa</translation>
        </message>
        <message>
            <source>%p%  ({done} / {total} bytes)</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>%p%  ({done} / {total} bytes)</translation>
        </message>
        <message>
            <source>stopped at %p%  ({done} / {total} bytes)</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>detenido en %p%  ({done} / {total} bytes)</translation>
        </message>
        <message>
            <source>Device ID: {device}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>ID de dispositivo: {device}</translation>
        </message>
    </context>
    <context>
        <name>PortWork</name>
        <message>
            <source>unexpected {error}: {text}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>{error} inesperado: {text}</translation>
        </message>
        <message>
            <source>report this to the station's engineer</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>comuníquelo al ingeniero de la estación</translation>
        </message>
    </context>
    <context>
        <name>PrinterBanner</name>
        <message>
            <source>Print waiting labels now</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Imprimir ahora las etiquetas en espera</translation>
        </message>
        <message>
            <source>⚠  Label printer: {problem}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>⚠  Impresora de etiquetas: {problem}</translation>
        </message>
        <message numerus="yes">
            <source>%n label(s) waiting; nothing is lost: they print in order as soon as the printer is ready.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>
                <numerusform>%n etiqueta en espera; no se pierde nada: se imprimen en orden en cuanto la impresora esté lista.</numerusform>
                <numerusform>%n etiquetas en espera; no se pierde nada: se imprimen en orden en cuanto la impresora esté lista.</numerusform>
            </translation>
        </message>
        <message>
            <source>No label is waiting.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>No hay etiquetas en espera.</translation>
        </message>
    </context>
    <context>
        <name>PrinterCard</name>
        <message>
            <source>None: the print dialog, or PDF</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Ninguna: el diálogo de impresión o PDF</translation>
        </message>
        <message>
            <source>ZPL printer on the network (TCP 9100)</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Impresora ZPL en la red (TCP 9100)</translation>
        </message>
        <message>
            <source>ZPL printer through a CUPS queue</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Impresora ZPL mediante una cola de CUPS</translation>
        </message>
        <message>
            <source>HOST or HOST:PORT, e.g. 10.0.4.21</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>HOST o HOST:PUERTO, p. ej., 10.0.4.21</translation>
        </message>
        <message>
            <source>the queue's name, e.g. zebra-line3</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>el nombre de la cola, p. ej., zebra-line3</translation>
        </message>
        <message>
            <source>The label's size in mm, width across the print head first, e.g. 62x29</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>El tamaño de la etiqueta en mm, primero el ancho a lo largo del cabezal, p. ej., 62x29</translation>
        </message>
        <message>
            <source>{dpi} dpi</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>{dpi} ppp</translation>
        </message>
        <message>
            <source>Ask the printer for its status (~HS) before and after each label</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Preguntar a la impresora su estado (~HS) antes y después de cada etiqueta</translation>
        </message>
        <message>
            <source>Print test label</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Imprimir etiqueta de prueba</translation>
        </message>
        <message>
            <source>With a label printer, each provisioned unit's label prints by itself; a label the printer cannot take waits and is never lost.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Con una impresora de etiquetas, la etiqueta de cada unidad aprovisionada se imprime sola; una etiqueta que la impresora no puede recibir espera y nunca se pierde.</translation>
        </message>
        <message>
            <source>Label printer</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Impresora de etiquetas</translation>
        </message>
        <message>
            <source>Printer</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Impresora</translation>
        </message>
        <message>
            <source>Address</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Dirección</translation>
        </message>
        <message>
            <source>CUPS queue</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Cola de CUPS</translation>
        </message>
        <message>
            <source>Label stock</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Tipo de etiqueta</translation>
        </message>
        <message>
            <source>Choose a label printer first.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Elija primero una impresora de etiquetas.</translation>
        </message>
        <message>
            <source>Sending a test label to {printer}…</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Enviando una etiqueta de prueba a {printer}…</translation>
        </message>
        <message>
            <source>The test label was not printed: {problem}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>La etiqueta de prueba no se imprimió: {problem}</translation>
        </message>
        <message>
            <source>Test label printed on {printer} ({stock}).</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Etiqueta de prueba impresa en {printer} ({stock}).</translation>
        </message>
    </context>
    <context>
        <name>ProfilesView</name>
        <message>
            <source>unexpected {error}: {text}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>{error} inesperado: {text}</translation>
        </message>
        <message>
            <source>Try on a virtual board</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Probar en una placa virtual</translation>
        </message>
        <message>
            <source>Check again</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Volver a comprobar</translation>
        </message>
        <message>
            <source>Trial</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Prueba</translation>
        </message>
        <message>
            <source>Run one unit of the selected profile on a fresh virtual board, with demo secrets and a separate manifest.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Ejecutar una unidad del perfil elegido en una placa virtual nueva, con secretos de demostración y un manifiesto aparte.</translation>
        </message>
        <message>
            <source>Validation</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Validación</translation>
        </message>
        <message>
            <source>Trial log</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Registro de la prueba</translation>
        </message>
        <message>
            <source>(no id)</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>(sin ID)</translation>
        </message>
        <message>
            <source>No problems: the profile is valid.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Sin problemas: el perfil es válido.</translation>
        </message>
        <message>
            <source>Trying…</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Probando…</translation>
        </message>
        <message>
            <source>One unit of {profile} on a virtual board</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Una unidad de {profile} en una placa virtual</translation>
        </message>
        <message>
            <source>a virtual trial board</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>una placa virtual de prueba</translation>
        </message>
    </context>
    <context>
        <name>ReprovisionDialog</name>
        <message>
            <source>No port is free: connect the returned unit's board first.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>No hay ningún puerto libre: conecte primero la placa de la unidad devuelta.</translation>
        </message>
        <message>
            <source>Re-provision {device}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Reaprovisionar {device}</translation>
        </message>
        <message>
            <source>why, e.g. RMA 4711: flash erased in repair</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>por qué, p. ej., RMA 4711: flash borrada en la reparación</translation>
        </message>
        <message>
            <source>Board on port</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Placa en el puerto</translation>
        </message>
        <message>
            <source>Reason</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Motivo</translation>
        </message>
        <message>
            <source>Provision again</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Aprovisionar de nuevo</translation>
        </message>
        <message>
            <source>{device} gets new credentials under its device ID. Its board must prove it is that unit; its current credentials are kept in the manifest as an earlier generation, and its enrollments are uploaded again.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>{device} recibe credenciales nuevas con su ID de dispositivo. Su placa debe demostrar que es esa unidad; sus credenciales actuales se conservan en el manifiesto como una generación anterior y sus inscripciones se vuelven a subir.</translation>
        </message>
    </context>
    <context>
        <name>ResolveDialog</name>
        <message>
            <source>failed — the board is erased and goes round again as a new unit</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>fallida: la placa se borra y vuelve a pasar como unidad nueva</translation>
        </message>
        <message>
            <source>scrapped — the board is set aside for good</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>desechada: la placa se aparta definitivamente</translation>
        </message>
        <message>
            <source>Resolve {device}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Resolver {device}</translation>
        </message>
        <message>
            <source>what was found on the board</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>qué se encontró en la placa</translation>
        </message>
        <message>
            <source>who decides</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>quién decide</translation>
        </message>
        <message>
            <source>Resolve as</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Resolver como</translation>
        </message>
        <message>
            <source>Reason</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Motivo</translation>
        </message>
        <message>
            <source>Decided by</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Decidido por</translation>
        </message>
        <message>
            <source>{device} was left pending by a station that stopped mid-unit; its board may hold data. Once you have checked the board, record what becomes of it.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>{device} quedó pendiente porque una estación se detuvo con la unidad a medias; su placa puede contener datos. Cuando haya revisado la placa, registre qué se hace con ella.</translation>
        </message>
    </context>
    <context>
        <name>ResultBanner</name>
        <message>
            <source>Ready</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Listo</translation>
        </message>
        <message>
            <source>Plug in a board and press Provision next unit (or Enter).</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Conecte una placa y pulse Aprovisionar siguiente (o Intro).</translation>
        </message>
        <message>
            <source>No job running</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Ningún trabajo en marcha</translation>
        </message>
        <message>
            <source>Start one in Settings: choose the profile, ID scope and secrets, then press Save and start the job.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Inicie uno en Configuración: elija el perfil, el ID scope y los secretos y pulse Guardar e iniciar el trabajo.</translation>
        </message>
        <message>
            <source>Retry</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Reintentar</translation>
        </message>
        <message>
            <source> — attempt {attempt}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation> — intento {attempt}</translation>
        </message>
        <message>
            <source> Stick the label on the unit on {board}.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation> Pegue la etiqueta en la unidad de {board}.</translation>
        </message>
        <message>
            <source>Provisioned on {board}.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Aprovisionada en {board}.</translation>
        </message>
        <message>
            <source>Could not run the unit{unit}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>No se pudo procesar la unidad{unit}</translation>
        </message>
        <message>
            <source>On {board}: {reason}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>En {board}: {reason}</translation>
        </message>
        <message>
            <source>Failed at {stage}{unit}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Falló en {stage}{unit}</translation>
        </message>
        <message>
            <source>While {doing} on {board}: {reason}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>En {board} ({doing}): {reason}</translation>
        </message>
    </context>
    <context>
        <name>Secrets</name>
        <message numerus="yes">
            <source>(%n characters)</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>
                <numerusform>(%n carácter)</numerusform>
                <numerusform>(%n caracteres)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ServedLineView</name>
        <message>
            <source>Watching</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Observando</translation>
        </message>
        <message>
            <source>Units are started by the fixture or MES through station serve; this window only shows them.</source>
            <translatorcomment>machine-made; second reader not sure: 'utillaje' (Spain) or 'fixture' (Mexico) for a test fixture: a line worker should choose</translatorcomment>
            <translation type="unfinished">Las unidades las inicia el utillaje o el MES mediante station serve; esta ventana solo las muestra.</translation>
        </message>
        <message>
            <source>Served line at {url}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Línea automatizada en {url}</translation>
        </message>
        <message>
            <source>Not connected: {reason} — retrying</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Sin conexión: {reason} — reintentando</translation>
        </message>
        <message>
            <source>Job {job}: profile {profile}, ID scope {scope}, {attestation}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Trabajo {job}: perfil {profile}, ID scope {scope}, {attestation}</translation>
        </message>
        <message>
            <source>Provisioned today: {count}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Aprovisionadas hoy: {count}</translation>
        </message>
        <message>
            <source>Port {port} — {name}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Puerto {port} — {name}</translation>
        </message>
        <message>
            <source>⚠  Label of {device} not printed: {problem}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>⚠  La etiqueta de {device} no se imprimió: {problem}</translation>
        </message>
    </context>
    <context>
        <name>SettingsView</name>
        <message>
            <source>the profile's default</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>la predeterminada del perfil</translation>
        </message>
        <message>
            <source>Demo mode: these are the demo's settings, shown read-only. Open the station without --demo to set up a real job.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Modo de demostración: esta es la configuración de la demostración, solo de lectura. Abra la estación sin --demo para configurar un trabajo real.</translation>
        </message>
        <message>
            <source>In the station's secrets (loaded from files)</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>En los secretos de la estación (cargados de archivos)</translation>
        </message>
        <message>
            <source>In a PKCS#11 token (HSM, smart card)</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>En un token PKCS#11 (HSM, tarjeta inteligente)</translation>
        </message>
        <message>
            <source>Station</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Estación</translation>
        </message>
        <message>
            <source>The system's ({language})</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>El del sistema ({language})</translation>
        </message>
        <message>
            <source>A new language shows when the window is next opened.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>El nuevo idioma se verá la próxima vez que se abra la ventana.</translation>
        </message>
        <message>
            <source>Station ID</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>ID de la estación</translation>
        </message>
        <message>
            <source>Operator</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Operador</translation>
        </message>
        <message>
            <source>Language</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Idioma</translation>
        </message>
        <message>
            <source>Job</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Trabajo</translation>
        </message>
        <message>
            <source>e.g. 0ne0012ABCD</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>p. ej., 0ne0012ABCD</translation>
        </message>
        <message>
            <source>optional DTMI</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>DTMI opcional</translation>
        </message>
        <message>
            <source>Device key in the label's QR code</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Clave de dispositivo en el código QR de la etiqueta</translation>
        </message>
        <message>
            <source>Put the device key in the label's QR code (SAS modes only; a certificate's key never leaves the board; never on a label printer's label)</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Poner la clave de dispositivo en el código QR de la etiqueta (solo modos SAS; la clave de un certificado nunca sale de la placa; nunca en la etiqueta de una impresora de etiquetas)</translation>
        </message>
        <message>
            <source>ID scope</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>ID scope</translation>
        </message>
        <message>
            <source>Profile</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Perfil</translation>
        </message>
        <message>
            <source>Attestation</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Atestación</translation>
        </message>
        <message>
            <source>Model ID</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>ID de modelo</translation>
        </message>
        <message>
            <source>Units per day</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Unidades por día</translation>
        </message>
        <message>
            <source>Set up in the cloud…</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Configurar en la nube…</translation>
        </message>
        <message>
            <source>Create or update the job's enrollment group in IoT Central or DPS: its group keys kept here, or its CA verified</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Crear o actualizar el grupo de inscripción del trabajo en IoT Central o DPS: sus claves de grupo se guardan aquí, o se verifica su CA</translation>
        </message>
        <message>
            <source>Secrets</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Secretos</translation>
        </message>
        <message>
            <source>Kept in {store}; never in the manifest.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Se guardan en {store}; nunca en el manifiesto.</translation>
        </message>
        <message>
            <source>secrets passphrase</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>frase de contraseña de los secretos</translation>
        </message>
        <message>
            <source>type the new passphrase again</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>vuelva a escribir la nueva frase de contraseña</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Desbloquear</translation>
        </message>
        <message>
            <source>Again</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Repetir</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Frase de contraseña</translation>
        </message>
        <message>
            <source>Keep</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Guardar</translation>
        </message>
        <message>
            <source>Load from file…</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Cargar de un archivo…</translation>
        </message>
        <message>
            <source>Forget</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Olvidar</translation>
        </message>
        <message>
            <source>Where the x509-group CA key and the sas-group group keys are: in the station's secrets, or inside a PKCS#11 token they never leave</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Dónde están la clave de CA de x509-group y las claves de grupo de sas-group: en los secretos de la estación o dentro de un token PKCS#11 del que nunca salen</translation>
        </message>
        <message>
            <source>Keys</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Claves</translation>
        </message>
        <message>
            <source>paste the group key, or load a file</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>pegue la clave de grupo o cargue un archivo</translation>
        </message>
        <message>
            <source>Group key</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Clave de grupo</translation>
        </message>
        <message>
            <source>optional: the group's secondary key, pasted or from a file</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>opcional: la clave secundaria del grupo, pegada o de un archivo</translation>
        </message>
        <message>
            <source>Secondary group key</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Clave de grupo secundaria</translation>
        </message>
        <message>
            <source>CA certificate</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Certificado de CA</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Elegir…</translation>
        </message>
        <message>
            <source>Choose the CA certificate</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Elegir el certificado de CA</translation>
        </message>
        <message>
            <source>the CA key's passphrase, if any</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>la frase de contraseña de la clave de CA, si tiene</translation>
        </message>
        <message>
            <source>CA key passphrase</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Frase de contraseña de la clave de CA</translation>
        </message>
        <message>
            <source>CA private key</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Clave privada de CA</translation>
        </message>
        <message>
            <source>the token's user PIN</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>el PIN de usuario del token</translation>
        </message>
        <message>
            <source>Check the token</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Comprobar el token</translation>
        </message>
        <message>
            <source>Group key in token</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Clave de grupo en token</translation>
        </message>
        <message>
            <source>Secondary key in token</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Clave secundaria en token</translation>
        </message>
        <message>
            <source>CA key in token</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Clave de CA en token</translation>
        </message>
        <message>
            <source>Token PIN</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>PIN del token</translation>
        </message>
        <message>
            <source>Served line</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Línea automatizada</translation>
        </message>
        <message>
            <source>Watch a line that station serve drives (a fixture or MES starts its units)</source>
            <translatorcomment>machine-made; second reader not sure: 'utillaje' (Spain) or 'fixture' (Mexico) for a test fixture: a line worker should choose</translatorcomment>
            <translation type="unfinished">Observar una línea que controla station serve (un utillaje o el MES inicia sus unidades)</translation>
        </message>
        <message>
            <source>the API token station serve-token showed</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>el token de la API que mostró station serve-token</translation>
        </message>
        <message>
            <source>Watch now</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Observar ahora</translation>
        </message>
        <message>
            <source>Address</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Dirección</translation>
        </message>
        <message>
            <source>API token</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Token de la API</translation>
        </message>
        <message>
            <source>Save settings</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Guardar la configuración</translation>
        </message>
        <message>
            <source>Save and start the job</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Guardar e iniciar el trabajo</translation>
        </message>
        <message>
            <source>A pkcs11: URI naming the token and the key: {form} (no PIN in it)</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Una URI pkcs11: que indica el token y la clave: {form} (sin PIN)</translation>
        </message>
        <message>
            <source>Choose a profile</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Elija un perfil</translation>
        </message>
        <message>
            <source>Enter the ID scope</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Escriba el ID scope</translation>
        </message>
        <message>
            <source>Create</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Crear</translation>
        </message>
        <message>
            <source>choose a passphrase for the secrets</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>elija una frase de contraseña para los secretos</translation>
        </message>
        <message>
            <source>not set</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>sin definir</translation>
        </message>
        <message>
            <source>No secrets are kept yet: choose a passphrase and type it twice. It opens the secrets from then on; it cannot be recovered.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Aún no hay secretos guardados: elija una frase de contraseña y escríbala dos veces. A partir de entonces, con ella se abren los secretos; no se puede recuperar.</translation>
        </message>
        <message>
            <source>Locked: type the passphrase to load or change secrets.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Bloqueado: escriba la frase de contraseña para cargar o cambiar secretos.</translation>
        </message>
        <message>
            <source>(locked)</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>(bloqueado)</translation>
        </message>
        <message>
            <source>Unlocked.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Desbloqueado.</translation>
        </message>
        <message>
            <source>not set (units get a primary key only)</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>sin definir (las unidades solo reciben clave primaria)</translation>
        </message>
        <message>
            <source>CA key kept, but it cannot be used: {reason}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Clave de CA guardada, pero no se puede usar: {reason}</translation>
        </message>
        <message>
            <source>the two passphrases differ</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>las dos frases de contraseña no coinciden</translation>
        </message>
        <message>
            <source>type the new passphrase again, the same in both fields</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>vuelva a escribir la nueva frase de contraseña, igual en los dos campos</translation>
        </message>
        <message>
            <source>Secrets passphrase chosen; keep it safe.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Frase de contraseña de los secretos elegida; guárdela bien.</translation>
        </message>
        <message>
            <source>Group key kept.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Clave de grupo guardada.</translation>
        </message>
        <message>
            <source>cannot read the group key file {path}: {reason}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>no se puede leer el archivo de la clave de grupo {path}: {reason}</translation>
        </message>
        <message>
            <source>choose the file the key was saved in</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>elija el archivo en el que se guardó la clave</translation>
        </message>
        <message>
            <source>the secondary group key is the same as the primary one</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>la clave de grupo secundaria es igual a la primaria</translation>
        </message>
        <message>
            <source>give the enrollment group's secondary key</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>indique la clave secundaria del grupo de inscripción</translation>
        </message>
        <message>
            <source>Secondary group key kept.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Clave de grupo secundaria guardada.</translation>
        </message>
        <message>
            <source>Secondary group key forgotten: units get a primary key only.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Clave de grupo secundaria olvidada: las unidades solo reciben clave primaria.</translation>
        </message>
        <message>
            <source>Load the secondary group key</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Cargar la clave de grupo secundaria</translation>
        </message>
        <message>
            <source>cannot read the key file {path}: {reason}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>no se puede leer el archivo de clave {path}: {reason}</translation>
        </message>
        <message>
            <source>Load the group key</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Cargar la clave de grupo</translation>
        </message>
        <message>
            <source>CA key passphrase kept.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Frase de contraseña de la clave de CA guardada.</translation>
        </message>
        <message>
            <source>cannot read the CA key file {path}: {reason}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>no se puede leer el archivo de la clave de CA {path}: {reason}</translation>
        </message>
        <message>
            <source>choose the file the CA's private key was saved in</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>elija el archivo en el que se guardó la clave privada de la CA</translation>
        </message>
        <message>
            <source>the CA key file {path} holds text that is not UTF-8 around the key</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>el archivo de la clave de CA {path} contiene texto que no es UTF-8 alrededor de la clave</translation>
        </message>
        <message>
            <source>save the key as a plain PEM file and load it again</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>guarde la clave como archivo PEM simple y vuelva a cargarla</translation>
        </message>
        <message>
            <source>{summary}. The station no longer needs {path}.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>{summary}. La estación ya no necesita {path}.</translation>
        </message>
        <message>
            <source>CA key removed from the secret store.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Clave de CA quitada de los secretos.</translation>
        </message>
        <message>
            <source>Load the CA private key</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Cargar la clave privada de CA</translation>
        </message>
        <message>
            <source>PEM files (*.pem *.key);;All files (*)</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Archivos PEM (*.pem *.key);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Unlock the secrets to move the CA key from {path} into the secret store.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Desbloquee los secretos para pasar la clave de CA de {path} a los secretos.</translation>
        </message>
        <message>
            <source>The CA key from {path} is now kept in {store}; the station no longer reads that file.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>La clave de CA de {path} se guarda ahora en {store}; la estación ya no lee ese archivo.</translation>
        </message>
        <message>
            <source>{path} is not there</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>{path} no existe</translation>
        </message>
        <message>
            <source>The CA key is now kept in the secret store, and the one in {path} could not be moved there ({reason}). Load the CA private key again.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>La clave de CA se guarda ahora en los secretos, y la de {path} no se pudo pasar allí ({reason}). Vuelva a cargar la clave privada de CA.</translation>
        </message>
        <message>
            <source>PEM files (*.pem *.crt *.key);;All files (*)</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Archivos PEM (*.pem *.crt *.key);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Name the keys' token above; its PIN is kept here.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Indique arriba el token de las claves; su PIN se guarda aquí.</translation>
        </message>
        <message>
            <source>PIN kept for token '{token}'</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>PIN guardado para el token «{token}»</translation>
        </message>
        <message>
            <source>no PIN kept for token '{token}'</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>no hay PIN guardado para el token «{token}»</translation>
        </message>
        <message>
            <source>no token is named yet</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>aún no se ha indicado ningún token</translation>
        </message>
        <message>
            <source>give the pkcs11: URI of the key first</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>indique primero la URI pkcs11: de la clave</translation>
        </message>
        <message>
            <source>the PIN is empty</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>el PIN está vacío</translation>
        </message>
        <message>
            <source>type the token's user PIN</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>escriba el PIN de usuario del token</translation>
        </message>
        <message>
            <source>PIN kept in {store}.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>PIN guardado en {store}.</translation>
        </message>
        <message>
            <source>Checking the token…</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Comprobando el token…</translation>
        </message>
        <message>
            <source>The token is ready: {what}.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>El token está listo: {what}.</translation>
        </message>
        <message>
            <source>Cloud: {outcome}. The job can start.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Nube: {outcome}. El trabajo puede empezar.</translation>
        </message>
        <message>
            <source>the API token is empty</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>el token de la API está vacío</translation>
        </message>
        <message>
            <source>paste the token station serve-token showed</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>pegue el token que mostró station serve-token</translation>
        </message>
        <message>
            <source>API token kept in {store}.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Token de la API guardado en {store}.</translation>
        </message>
        <message>
            <source>Saved to {path}.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Guardado en {path}.</translation>
        </message>
        <message>
            <source>The job cannot start yet: fill in or correct the marked fields.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>El trabajo aún no puede empezar: rellene o corrija los campos marcados.</translation>
        </message>
        <message>
            <source>CA key loaded: {ca}, certificate SHA-256 fingerprint {fingerprint}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Clave de CA cargada: {ca}, huella digital SHA-256 del certificado {fingerprint}</translation>
        </message>
    </context>
    <context>
        <name>TokenKeys</name>
        <message>
            <source>the CA key of {ca} signs in the token</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>la clave de CA de {ca} firma dentro del token</translation>
        </message>
        <message>
            <source>the group key derives device keys in the token</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>la clave de grupo deriva las claves de dispositivo dentro del token</translation>
        </message>
        <message>
            <source>so does the secondary group key</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>la clave de grupo secundaria también</translation>
        </message>
        <message>
            <source>no key in a token is named</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>no se indica ninguna clave en un token</translation>
        </message>
        <message>
            <source>give the pkcs11: URI of the CA key or the group key in Settings, or keep the keys in the secret store</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>indique en Configuración la URI pkcs11: de la clave de CA o de la clave de grupo, o guarde las claves en los secretos</translation>
        </message>
        <message>
            <source>the token's PIN is kept in the station's secrets, which are locked</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>el PIN del token se guarda en los secretos de la estación, que están bloqueados</translation>
        </message>
        <message>
            <source>unlock the secrets in Settings, then start the job</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>desbloquee los secretos en Configuración e inicie el trabajo</translation>
        </message>
        <message>
            <source>the CA key in the token needs its CA certificate</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>la clave de CA del token necesita su certificado de CA</translation>
        </message>
        <message>
            <source>choose the CA certificate file in Settings</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>elija el archivo del certificado de CA en Configuración</translation>
        </message>
        <message>
            <source>cannot read the CA certificate file {path}: {reason}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>no se puede leer el archivo del certificado de CA {path}: {reason}</translation>
        </message>
        <message>
            <source>choose the CA certificate file again in Settings</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>vuelva a elegir el archivo del certificado de CA en Configuración</translation>
        </message>
        <message>
            <source>the CA certificate file {path} holds no PEM certificate</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>el archivo del certificado de CA {path} no contiene ningún certificado PEM</translation>
        </message>
        <message>
            <source>choose the CA's certificate file</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>elija el archivo del certificado de la CA</translation>
        </message>
    </context>
    <context>
        <name>UnitTableModel</name>
        <message>
            <source>Device ID</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>ID de dispositivo</translation>
        </message>
        <message>
            <source>Status</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Failed at / reason</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Falló en / motivo</translation>
        </message>
        <message>
            <source>Recorded</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Registrada</translation>
        </message>
        <message>
            <source>Provisioned</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Aprovisionada</translation>
        </message>
        <message>
            <source>Profile</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Perfil</translation>
        </message>
        <message>
            <source>Attestation</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Atestación</translation>
        </message>
        <message>
            <source>Job</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Trabajo</translation>
        </message>
        <message>
            <source>Operator</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Operador</translation>
        </message>
        <message>
            <source>Station</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Estación</translation>
        </message>
        <message>
            <source>Port</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Puerto</translation>
        </message>
        <message>
            <source>Cloud status</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Estado en la nube</translation>
        </message>
        <message>
            <source>Manifest</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Manifiesto</translation>
        </message>
        <message>
            <source>pending</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>pendiente</translation>
        </message>
        <message>
            <source>provisioned</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>aprovisionada</translation>
        </message>
        <message>
            <source>failed</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>fallida</translation>
        </message>
        <message>
            <source>connected</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>conectada</translation>
        </message>
        <message>
            <source>never connected</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>nunca conectada</translation>
        </message>
        <message>
            <source>blocked</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>bloqueada</translation>
        </message>
        <message>
            <source>failed to register</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>registro fallido</translation>
        </message>
        <message>
            <source>waiting for approval</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>esperando aprobación</translation>
        </message>
        <message>
            <source>another attestation</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>otra atestación</translation>
        </message>
        <message>
            <source>not read yet</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>aún no leído</translation>
        </message>
        <message>
            <source>{detail} (read {time})</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>{detail} (leído {time})</translation>
        </message>
        <message>
            <source>Cloud status ({service})</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Estado en la nube ({service})</translation>
        </message>
    </context>
    <context>
        <name>UploadDialog</name>
        <message>
            <source>DPS (individual enrollments)</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>DPS (inscripciones individuales)</translation>
        </message>
        <message>
            <source>DPS connection string</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>la cadena de conexión de DPS</translation>
        </message>
        <message>
            <source>IoT Central API token</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>el token de la API de IoT Central</translation>
        </message>
        <message>
            <source>the saved secret in {store}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>el secreto guardado en {store}</translation>
        </message>
        <message>
            <source>the environment variable {name}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>la variable de entorno {name}</translation>
        </message>
        <message>
            <source>No {what}: paste it below and press Keep, or set {variable}.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Falta {what}: pegue el valor abajo y pulse Guardar, o defina {variable}.</translation>
        </message>
        <message>
            <source>No {what}: unlock the station's secrets in Settings, or paste it below and press Keep, or set {variable}.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Falta {what}: desbloquee los secretos de la estación en Configuración, o pegue el valor abajo y pulse Guardar, o defina {variable}.</translation>
        </message>
        <message>
            <source>The {what} from {where} is unusable: {reason}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>No se puede usar {what} ({where}): {reason}</translation>
        </message>
        <message>
            <source>An IoT Central status refresh needs the application's URL: type it above, https://NAME.azureiotcentral.com.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Para actualizar el estado desde IoT Central hace falta la URL de la aplicación: escríbala arriba, https://NAME.azureiotcentral.com.</translation>
        </message>
        <message>
            <source>An IoT Central upload needs the application's URL: type it above, https://NAME.azureiotcentral.com.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Para subir a IoT Central hace falta la URL de la aplicación: escríbala arriba, https://NAME.azureiotcentral.com.</translation>
        </message>
        <message>
            <source>Device ID</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>ID de dispositivo</translation>
        </message>
        <message>
            <source>State</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Batch</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Lote</translation>
        </message>
        <message>
            <source>Time</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Hora</translation>
        </message>
        <message>
            <source>Reason</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Motivo</translation>
        </message>
        <message>
            <source>would be sent</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>se enviaría</translation>
        </message>
        <message>
            <source>The service refused the credential; nothing more was sent.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>El servicio rechazó la credencial; no se envió nada más.</translation>
        </message>
        <message>
            <source>Upload stopped on request.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Subida detenida a petición.</translation>
        </message>
        <message>
            <source>The service could not be reached; the upload stopped.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>No se pudo contactar con el servicio; la subida se detuvo.</translation>
        </message>
        <message>
            <source>The upload stopped.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>La subida se detuvo.</translation>
        </message>
        <message>
            <source>What to do: {hint}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Qué hacer: {hint}</translation>
        </message>
        <message>
            <source>Upload enrollments</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Subir inscripciones</translation>
        </message>
        <message>
            <source>Application URL</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>URL de la aplicación</translation>
        </message>
        <message>
            <source>Keep</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Guardar</translation>
        </message>
        <message>
            <source>the service's own address (leave empty)</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>la dirección propia del servicio (dejar vacío)</translation>
        </message>
        <message>
            <source>Dry run: send nothing; write the requests to a file</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Simulación: no enviar nada; escribir las solicitudes en un archivo</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Elegir…</translation>
        </message>
        <message>
            <source>Line record</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Registro de la línea</translation>
        </message>
        <message>
            <source>{where}: every station's provisioned units, once for the line</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>{where}: las unidades aprovisionadas de todas las estaciones, una sola vez para toda la línea</translation>
        </message>
        <message>
            <source>A dry run is made from a station's manifest</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>La simulación se hace a partir del manifiesto de una estación</translation>
        </message>
        <message>
            <source>Manifests</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Manifiestos</translation>
        </message>
        <message>
            <source>Manifest</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Manifiesto</translation>
        </message>
        <message>
            <source>Upload to</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Subir a</translation>
        </message>
        <message>
            <source>Credential</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Credencial</translation>
        </message>
        <message>
            <source>Endpoint override</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Punto de conexión alternativo</translation>
        </message>
        <message>
            <source>Requests file</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Archivo de solicitudes</translation>
        </message>
        <message>
            <source>Start</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Iniciar</translation>
        </message>
        <message>
            <source>Close</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>API token</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Token de la API</translation>
        </message>
        <message>
            <source>Connection string</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Cadena de conexión</translation>
        </message>
        <message>
            <source>paste the {what} to keep it as a secret</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>pegue aquí {what}; se guardará como secreto</translation>
        </message>
        <message>
            <source>From {where}: {masked}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Origen — {where}: {masked}</translation>
        </message>
        <message>
            <source>the IoT Central API token is empty</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>el token de la API de IoT Central está vacío</translation>
        </message>
        <message>
            <source>paste the token shown when it was made in IoT Central</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>pegue el token que se mostró al crearlo en IoT Central</translation>
        </message>
        <message>
            <source>{what} kept in {store}.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Se guardó {what} en {store}.</translation>
        </message>
        <message>
            <source>Write the dry run's requests to</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Escribir las solicitudes de la simulación en</translation>
        </message>
        <message>
            <source>JSON files (*.json);;All files (*)</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Archivos JSON (*.json);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Choose the file the dry run writes its requests to.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Elija el archivo en el que la simulación escribe sus solicitudes.</translation>
        </message>
        <message>
            <source>Uploading to {service} using {where}…</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Subiendo a {service} con {where}…</translation>
        </message>
        <message>
            <source>Planning the dry run…</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Preparando la simulación…</translation>
        </message>
        <message>
            <source>Stopping after the request in progress…</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Se detendrá tras la solicitud en curso…</translation>
        </message>
        <message>
            <source>Stop</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Detener</translation>
        </message>
        <message>
            <source>manifest {number} of {count}: </source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>manifiesto {number} de {count}: </translation>
        </message>
        <message numerus="yes">
            <source>{done} of %n unit(s) settled — {message}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>
                <numerusform>unidades resueltas: {done} de %n — {message}</numerusform>
                <numerusform>unidades resueltas: {done} de %n — {message}</numerusform>
            </translation>
        </message>
        <message>
            <source> (the other manifests' beside it, numbered -2 to -{last})</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation> (los de los demás manifiestos junto a él, numerados de -2 a -{last})</translation>
        </message>
        <message>
            <source>Nothing was sent; the requests are in {file}{more}.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>No se envió nada; las solicitudes están en {file}{more}.</translation>
        </message>
        <message>
            <source>Every unit is uploaded or needs no upload.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Todas las unidades están subidas o no necesitan subirse.</translation>
        </message>
        <message>
            <source>Some units were not uploaded: their reasons are listed below.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Algunas unidades no se subieron: los motivos aparecen abajo.</translation>
        </message>
        <message>
            <source>The upload did not run.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>La subida no se ejecutó.</translation>
        </message>
        <message>
            <source>units not reached stay pending; start the upload again and it resumes where it stopped</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>las unidades no alcanzadas quedan pendientes; vuelva a iniciar la subida y seguirá donde se detuvo</translation>
        </message>
        <message>
            <source>the upload broke down: unexpected {error}: {text}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>la subida falló: {error} inesperado: {text}</translation>
        </message>
        <message>
            <source>report this to the station's engineer; the manifest keeps every state recorded so far</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>comuníquelo al ingeniero de la estación; el manifiesto conserva todos los estados registrados hasta ahora</translation>
        </message>
        <message>
            <source>the upload was stopped before every unit was sent</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>la subida se detuvo antes de enviar todas las unidades</translation>
        </message>
        <message>
            <source>the upload was stopped while it waited for the service</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>la subida se detuvo mientras esperaba al servicio</translation>
        </message>
        <message>
            <source>cannot write the dry run's requests to {path}: {reason}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>no se pueden escribir las solicitudes de la simulación en {path}: {reason}</translation>
        </message>
        <message>
            <source>choose a file in a folder the station may write to</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>elija un archivo en una carpeta en la que la estación pueda escribir</translation>
        </message>
    </context>
    <context>
        <name>VirtualBoards</name>
        <message>
            <source>there is no job to make virtual boards for</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>no hay ningún trabajo para el que crear placas virtuales</translation>
        </message>
        <message>
            <source>start a job first (Settings, or `station gui --demo`)</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>inicie primero un trabajo (Configuración o `station gui --demo`)</translation>
        </message>
        <message>
            <source>Virtual board {number}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Placa virtual {number}</translation>
        </message>
    </context>
    <context>
        <name>WindowLineCopy</name>
        <message>
            <source>line: not copied — {reason}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>línea: sin copiar — {reason}</translation>
        </message>
        <message>
            <source>line: up to date</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>línea: al día</translation>
        </message>
        <message>
            <source>line: copying…</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>línea: copiando…</translation>
        </message>
        <message>
            <source>line: out of reach since {since} — the station goes on and copies its changes when it is back</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>línea: inaccesible desde {since} — la estación sigue trabajando y copia sus cambios cuando la línea vuelva a estar accesible</translation>
        </message>
        <message numerus="yes">
            <source>line: %n change(s) behind since {since}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>
                <numerusform>línea: %n cambio pendiente desde {since}</numerusform>
                <numerusform>línea: %n cambios pendientes desde {since}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>YieldView</name>
        <message>
            <source>Units per hour — last 24 hours</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Unidades por hora — últimas 24 horas</translation>
        </message>
        <message numerus="yes">
            <source>Units per day — last %n days</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>
                <numerusform>Unidades por día — último %n día</numerusform>
                <numerusform>Unidades por día — últimos %n días</numerusform>
            </translation>
        </message>
        <message>
            <source>Top failure reasons by stage</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Principales motivos de fallo por etapa</translation>
        </message>
        <message>
            <source>No failures in this period.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Sin fallos en este periodo.</translation>
        </message>
        <message numerus="yes">
            <source>Connected to {service} within days of provisioning — {read} of %Ln provisioned unit(s) read</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>
                <numerusform>Conectadas a {service} a los pocos días del aprovisionamiento — estado leído de {read} de %Ln unidad aprovisionada</numerusform>
                <numerusform>Conectadas a {service} a los pocos días del aprovisionamiento — estado leído de {read} de %Ln unidades aprovisionadas</numerusform>
            </translation>
        </message>
        <message>
            <source>No cloud status read yet: Manifest tab, Refresh cloud status…</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Aún no se ha leído el estado en la nube: pestaña Manifiesto, Actualizar estado en la nube…</translation>
        </message>
        <message numerus="yes">
            <source>within %n day(s): {count} of {read} ({share} %)</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>
                <numerusform>en %n día: {count} de {read} ({share} %)</numerusform>
                <numerusform>en %n días: {count} de {read} ({share} %)</numerusform>
            </translation>
        </message>
        <message>
            <source>connected at all: {count} of {read}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>conectadas alguna vez: {count} de {read}</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Actualizar</translation>
        </message>
        <message>
            <source>No manifest chosen: open or tick one in the Manifest tab.</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>Ningún manifiesto elegido: abra o marque uno en la pestaña Manifiesto.</translation>
        </message>
        <message>
            <source>The yield cannot be read: {reason}</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>No se puede leer el rendimiento: {reason}</translation>
        </message>
        <message numerus="yes">
            <source> (%n manifests)</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>
                <numerusform> (%n manifiesto)</numerusform>
                <numerusform> (%n manifiestos)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Last %n days{where}: {passed} passed, {failed} failed of {ended} attempts — yield {share} %</source>
            <translatorcomment>machine-made; checked by a second reader</translatorcomment>
            <translation>
                <numerusform>Último %n día{where}: {passed} correctos, {failed} fallidos de {ended} intentos — rendimiento {share} %</numerusform>
                <numerusform>Últimos %n días{where}: {passed} correctos, {failed} fallidos de {ended} intentos — rendimiento {share} %</numerusform>
            </translation>
        </message>
    </context>
</TS>
