<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>ActivityExport</name>
    <message>
        <source>The activity log could not be read (%1).</source>
        <translation>No se pudo leer el registro de actividad (%1).</translation>
    </message>
    <message>
        <source>The activity log could not be read to the end.</source>
        <translation>No se pudo leer el registro de actividad hasta el final.</translation>
    </message>
    <message>
        <source>Writing failed (%1).</source>
        <translation type="vanished">La escritura falló (%1).</translation>
    </message>
    <message>
        <source>The activity could not be exported to %1 (%2). Nothing was written there. Choose another folder or free some space, then try again.</source>
        <translation>No se pudo exportar la actividad a %1 (%2). No se escribió nada allí. Elija otra carpeta o libere espacio e inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>ActivityModel</name>
    <message numerus="yes">
        <source>%1 (%n failed)</source>
        <translation>
            <numerusform>%1 (%n fallido)</numerusform>
            <numerusform>%1 (%n fallidos)</numerusform>
        </translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Aplicación</translation>
    </message>
    <message>
        <source>Calendar or sub</source>
        <translation>Calendario o sub</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Data center</source>
        <translation>Centro de datos</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>Estado HTTP</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
</context>
<context>
    <name>ActivityPage</name>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Search by action, calendar, sub, application or message</source>
        <translation>Buscar por acción, calendario, sub, aplicación o mensaje</translation>
    </message>
    <message>
        <source>Search the activity</source>
        <translation>Buscar en la actividad</translation>
    </message>
    <message>
        <source>Shows only the operations whose action, calendar, sub, application, account or message contains the text</source>
        <translation>Muestra solo las operaciones cuya acción, calendario, sub, aplicación, cuenta o mensaje contiene el texto</translation>
    </message>
    <message>
        <source>Searc&amp;h:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>Show operations with outcome</source>
        <translation>Mostrar operaciones con resultado</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Correctas</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallidas</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Resultado:</translation>
    </message>
    <message>
        <source>Show operations of application</source>
        <translation>Mostrar operaciones de la aplicación</translation>
    </message>
    <message>
        <source>App&amp;lication:</source>
        <translation>Ap&amp;licación:</translation>
    </message>
    <message>
        <source>Sho&amp;w failures</source>
        <translation>&amp;Ver fallos</translation>
    </message>
    <message>
        <source>Show the failures of the selected bulk run</source>
        <translation>Mostrar los fallos de la ejecución masiva seleccionada</translation>
    </message>
    <message>
        <source>List the calendars that failed in the selected bulk run (Enter or double-click)</source>
        <translation>Listar los calendarios que fallaron en la ejecución masiva seleccionada (Intro o doble clic)</translation>
    </message>
    <message>
        <source>&amp;Back to all operations</source>
        <translation>Volver a &amp;todas las operaciones</translation>
    </message>
    <message>
        <source>Back to all operations</source>
        <translation>Volver a todas las operaciones</translation>
    </message>
    <message>
        <source>Leave this run&apos;s failures and list every operation again (Alt+Left)</source>
        <translation>Salir de los fallos de esta ejecución y listar de nuevo todas las operaciones (Alt+Izquierda)</translation>
    </message>
    <message>
        <source>E&amp;xport shown as CSV…</source>
        <translation>E&amp;xportar como CSV…</translation>
    </message>
    <message>
        <source>Export the operations shown as CSV</source>
        <translation>Exportar las operaciones mostradas como CSV</translation>
    </message>
    <message>
        <source>Save the operations the list shows now (after search and filters; a bulk run with its failures) as a CSV file for spreadsheets</source>
        <translation>Guardar las operaciones que la lista muestra ahora (tras la búsqueda y los filtros; una ejecución masiva con sus fallos) como archivo CSV para hojas de cálculo</translation>
    </message>
    <message>
        <source>Export shown as &amp;JSON…</source>
        <translation>Exportar como &amp;JSON…</translation>
    </message>
    <message>
        <source>Export the operations shown as JSON</source>
        <translation>Exportar las operaciones mostradas como JSON</translation>
    </message>
    <message>
        <source>Save the operations the list shows now (after search and filters; a bulk run with its failures) as a JSON file for programs</source>
        <translation>Guardar las operaciones que la lista muestra ahora (tras la búsqueda y los filtros; una ejecución masiva con sus fallos) como archivo JSON para programas</translation>
    </message>
    <message>
        <source>All applications</source>
        <translation>Todas las aplicaciones</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message numerus="yes">
        <source>Showing %n operation(s)</source>
        <translation>
            <numerusform>Se muestra %n operación</numerusform>
            <numerusform>Se muestran %n operaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing more than %n operation(s)…</source>
        <translation>
            <numerusform>Se muestra más de %n operación…</numerusform>
            <numerusform>Se muestran más de %n operaciones…</numerusform>
        </translation>
    </message>
    <message>
        <source>The calendars that failed in this bulk run:</source>
        <translation>Los calendarios que fallaron en esta ejecución masiva:</translation>
    </message>
    <message>
        <source>Export Activity as CSV</source>
        <translation>Exportar la actividad como CSV</translation>
    </message>
    <message>
        <source>Export Activity as JSON</source>
        <translation>Exportar la actividad como JSON</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <source>Exporting the activity…</source>
        <translation>Exportando la actividad…</translation>
    </message>
    <message>
        <source>The export was cancelled. Nothing was written to %1.</source>
        <translation>Se canceló la exportación. No se escribió nada en %1.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n operation(s) to %1.</source>
        <translation>
            <numerusform>Se guardó %n operación en %1.</numerusform>
            <numerusform>Se guardaron %n operaciones en %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AddAccountDialog</name>
    <message>
        <source>Add Account</source>
        <translation>Agregar cuenta</translation>
    </message>
    <message>
        <source>An account is the admin API key of one Cronofy organizational unit. Give it a name you will recognize; the key is kept in this computer&apos;s keychain, never in a file.</source>
        <translation>Una cuenta es la clave de la API de administración de una unidad organizativa de Cronofy. Dele un nombre que reconozca; la clave se guarda en el llavero de este equipo, nunca en un archivo.</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Nombre de la cuenta</translation>
    </message>
    <message>
        <source>For example: Acme — customer</source>
        <translation>Por ejemplo: Acme — cliente</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Data center:</source>
        <translation>&amp;Centro de datos:</translation>
    </message>
    <message>
        <source>Admin API key</source>
        <translation>Clave de la API de administración</translation>
    </message>
    <message>
        <source>Admin API &amp;key:</source>
        <translation>C&amp;lave de la API de administración:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>A&amp;gregar</translation>
    </message>
    <message>
        <source>Add the account</source>
        <translation>Agregar la cuenta</translation>
    </message>
    <message>
        <source>Storing the key in the keychain…</source>
        <translation>Guardando la clave en el llavero…</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Home page URL</source>
        <translation>URL de la página de inicio</translation>
    </message>
    <message>
        <source>Calendar ID</source>
        <translation>ID del calendario</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>ID de cliente</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Secreto de cliente</translation>
    </message>
    <message>
        <source>Redirect URIs</source>
        <translation>URI de redirección</translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation>Correo electrónico de contacto</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>Nombre de contacto</translation>
    </message>
    <message>
        <source>Refresh token</source>
        <translation>Token de actualización</translation>
    </message>
    <message>
        <source>Calendar to revoke</source>
        <translation>Calendario que se revocará</translation>
    </message>
    <message>
        <source>%1.</source>
        <extracomment>How the messages Cronofy gave for one form field are joined, e.g. &quot;Required; Too long&quot;</extracomment>
        <translation>%1.</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Cronofy</source>
        <translation>Cronofy</translation>
    </message>
    <message>
        <source>Cannot reach Cronofy (%1): this computer seems to be offline, or the server&apos;s name cannot be found. Check the internet connection, and the base URL if you entered one, then try again.</source>
        <translation>No se puede contactar con Cronofy (%1): parece que este equipo no tiene conexión o que no se encuentra el nombre del servidor. Compruebe la conexión a Internet y, si la introdujo, la URL base, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Nothing is answering at %1. If this is the local sandbox, start it again (or restart the console); otherwise correct the base URL in Settings.</source>
        <translation type="vanished">Nada responde en %1. Si es el entorno de pruebas local, vuelva a iniciarlo (o reinicie la consola); si no, corrija la URL base en la configuración.</translation>
    </message>
    <message>
        <source>The server at %1 refused the connection. A firewall or proxy may be blocking it, or the service is restarting. Try again in a few minutes.</source>
        <translation>El servidor en %1 rechazó la conexión. Puede que un cortafuegos o un proxy la bloquee, o que el servicio se esté reiniciando. Vuelva a intentarlo en unos minutos.</translation>
    </message>
    <message numerus="yes">
        <source>Cronofy began to answer but the answer arrived too slowly to finish within %n second(s). The request has probably arrived: check the Cronofy dashboard before trying again, so that nothing is created twice.</source>
        <translation>
            <numerusform>Cronofy empezó a responder, pero la respuesta llegó demasiado despacio para completarse en %n segundo. Es probable que la solicitud haya llegado: revise el panel de Cronofy antes de volver a intentarlo, para que nada se cree dos veces.</numerusform>
            <numerusform>Cronofy empezó a responder, pero la respuesta llegó demasiado despacio para completarse en %n segundos. Es probable que la solicitud haya llegado: revise el panel de Cronofy antes de volver a intentarlo, para que nada se cree dos veces.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cronofy began to answer but the answer arrived too slowly to finish within %n second(s). The connection is very slow or overloaded: try again later, or from another network.</source>
        <translation>
            <numerusform>Cronofy empezó a responder, pero la respuesta llegó demasiado despacio para completarse en %n segundo. La conexión es muy lenta o está saturada: vuelva a intentarlo más tarde o desde otra red.</numerusform>
            <numerusform>Cronofy empezó a responder, pero la respuesta llegó demasiado despacio para completarse en %n segundos. La conexión es muy lenta o está saturada: vuelva a intentarlo más tarde o desde otra red.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cronofy did not answer within %n second(s). The request may still have arrived: check the Cronofy dashboard before trying again, so that nothing is created twice.</source>
        <translation>
            <numerusform>Cronofy no respondió en %n segundo. Es posible que la solicitud haya llegado igualmente: revise el panel de Cronofy antes de volver a intentarlo, para que nada se cree dos veces.</numerusform>
            <numerusform>Cronofy no respondió en %n segundos. Es posible que la solicitud haya llegado igualmente: revise el panel de Cronofy antes de volver a intentarlo, para que nada se cree dos veces.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cronofy did not answer within %n second(s). Check the internet connection and try again; trying again is safe and returns the same calendar.</source>
        <translation>
            <numerusform>Cronofy no respondió en %n segundo. Compruebe la conexión a Internet y vuelva a intentarlo; reintentar es seguro y devuelve el mismo calendario.</numerusform>
            <numerusform>Cronofy no respondió en %n segundos. Compruebe la conexión a Internet y vuelva a intentarlo; reintentar es seguro y devuelve el mismo calendario.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cronofy did not answer within %n second(s). Check the internet connection and try again.</source>
        <translation>
            <numerusform>Cronofy no respondió en %n segundo. Compruebe la conexión a Internet y vuelva a intentarlo.</numerusform>
            <numerusform>Cronofy no respondió en %n segundos. Compruebe la conexión a Internet y vuelva a intentarlo.</numerusform>
        </translation>
    </message>
    <message>
        <source>The request was cancelled. It may already have reached Cronofy: check the Cronofy dashboard before starting it again.</source>
        <translation>Se canceló la solicitud. Es posible que ya haya llegado a Cronofy: revise el panel de Cronofy antes de volver a iniciarla.</translation>
    </message>
    <message>
        <source>The request was cancelled. Nothing else will happen.</source>
        <translation>Se canceló la solicitud. No ocurrirá nada más.</translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be established: its certificate is not trusted, or it does not speak HTTPS. The console never ignores this, because keys would be exposed. Check the computer&apos;s date and time and any proxy or antivirus that inspects HTTPS; if you entered a base URL, check that it is right.</source>
        <translation>No se pudo establecer la conexión segura con %1: su certificado no es de confianza o no usa HTTPS. La consola nunca ignora esto, porque las claves quedarían expuestas. Compruebe la fecha y la hora del equipo y cualquier proxy o antivirus que inspeccione HTTPS; si introdujo una URL base, compruebe que sea correcta.</translation>
    </message>
    <message>
        <source>%1 tried to send the request on to another address. The console did not follow, so no key or secret went there. Check the data center or base URL in Settings.</source>
        <translation>%1 intentó reenviar la solicitud a otra dirección. La consola no la siguió, así que ninguna clave ni secreto se envió allí. Compruebe el centro de datos o la URL base en la configuración.</translation>
    </message>
    <message>
        <source>The answer from %1 was larger than %2 and was refused. Cronofy&apos;s answers are much smaller, so the base URL probably points at something else: check it in Settings.</source>
        <translation>La respuesta de %1 superaba %2 y se rechazó. Las respuestas de Cronofy son mucho más pequeñas, así que probablemente la URL base apunta a otra cosa: revísela en la configuración.</translation>
    </message>
    <message>
        <source>The connection to %1 broke off before the answer was complete. Check the internet connection and try again.</source>
        <translation>La conexión con %1 se cortó antes de que la respuesta estuviera completa. Compruebe la conexión a Internet y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Cronofy&apos;s answer is missing &quot;%1&quot;.</source>
        <translation>Falta «%1» en la respuesta de Cronofy.</translation>
    </message>
    <message>
        <source>In Cronofy&apos;s answer, &quot;%1&quot; is not what the Cronofy documentation describes.</source>
        <translation>En la respuesta de Cronofy, «%1» no es lo que describe la documentación de Cronofy.</translation>
    </message>
    <message>
        <source>Cronofy&apos;s answer is data, but not in the documented shape.</source>
        <translation>La respuesta de Cronofy contiene datos, pero no con la forma documentada.</translation>
    </message>
    <message>
        <source>Cronofy&apos;s answer could not be read (it is not JSON data).</source>
        <translation>No se pudo leer la respuesta de Cronofy (no son datos JSON).</translation>
    </message>
    <message>
        <source>%1 The application may have been created anyway: check the Cronofy dashboard before trying again. If this keeps happening, check the data center or base URL in Settings.</source>
        <translation>%1 Es posible que la aplicación se haya creado igualmente: revise el panel de Cronofy antes de volver a intentarlo. Si sigue ocurriendo, compruebe el centro de datos o la URL base en la configuración.</translation>
    </message>
    <message>
        <source>%1 The base URL may point at something other than Cronofy&apos;s API, or a proxy changed the answer: check the data center or base URL in Settings, then try again.</source>
        <translation>%1 Puede que la URL base apunte a algo distinto de la API de Cronofy o que un proxy haya modificado la respuesta: compruebe el centro de datos o la URL base en la configuración y vuelva a intentarlo.</translation>
    </message>
    <message numerus="yes">
        <source>Cronofy is temporarily unavailable (HTTP 503). Wait %n second(s) and try again.</source>
        <translation>
            <numerusform>Cronofy no está disponible temporalmente (HTTP 503). Espere %n segundo y vuelva a intentarlo.</numerusform>
            <numerusform>Cronofy no está disponible temporalmente (HTTP 503). Espere %n segundos y vuelva a intentarlo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cronofy is temporarily unavailable, probably for maintenance (HTTP 503). Try again in a few minutes.</source>
        <translation>Cronofy no está disponible temporalmente, probablemente por mantenimiento (HTTP 503). Vuelva a intentarlo en unos minutos.</translation>
    </message>
    <message>
        <source>A gateway in front of Cronofy got no good answer from it (HTTP %1). Cronofy or the network is having trouble; try again in a few minutes.</source>
        <translation>Una pasarela situada delante de Cronofy no recibió una respuesta válida (HTTP %1). Cronofy o la red tienen problemas; vuelva a intentarlo en unos minutos.</translation>
    </message>
    <message>
        <source>Cronofy is having trouble (HTTP %1). This is not caused by what you entered; try again in a few minutes, and check status.cronofy.com if it keeps happening.</source>
        <translation>Cronofy tiene problemas (HTTP %1). No se debe a lo que ha introducido; vuelva a intentarlo en unos minutos y consulte status.cronofy.com si sigue ocurriendo.</translation>
    </message>
    <message>
        <source>The calendar&apos;s refresh token is no longer valid (it was revoked or replaced). Provision the calendar again to get fresh tokens.</source>
        <translation>El token de actualización del calendario ya no es válido (se revocó o se sustituyó). Vuelva a aprovisionar el calendario para obtener tokens nuevos.</translation>
    </message>
    <message>
        <source>Cronofy did not accept the application&apos;s client ID and client secret. The secret may have been replaced in the Cronofy dashboard: enter the current one for this application, then try again.</source>
        <translation>Cronofy no aceptó el ID de cliente ni el secreto de cliente de la aplicación. Puede que el secreto se haya sustituido en el panel de Cronofy: introduzca el secreto actual de esta aplicación y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Cronofy refused the request as invalid (%1). Check what you entered and try again.</source>
        <translation>Cronofy rechazó la solicitud por no ser válida (%1). Revise lo que introdujo y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Cronofy refused the request as invalid (HTTP 400). Check what you entered and try again.</source>
        <translation>Cronofy rechazó la solicitud por no ser válida (HTTP 400). Revise lo que introdujo y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Cronofy refused the admin API key. Check that the key belongs to this data center (%1) and has not been revoked in the Cronofy dashboard, then enter it again in Settings.</source>
        <translation>Cronofy rechazó la clave de la API de administración. Compruebe que la clave pertenezca a este centro de datos (%1) y que no se haya revocado en el panel de Cronofy, y vuelva a introducirla en la configuración.</translation>
    </message>
    <message>
        <source>Cronofy refused the application&apos;s client secret. It may have been replaced in the Cronofy dashboard: copy the current secret from there and replace it in the console, then try again.</source>
        <translation>Cronofy rechazó el secreto de cliente de la aplicación. Puede que se haya sustituido en el panel de Cronofy: copie allí el secreto actual, sustitúyalo en la consola y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Cronofy refused the calendar&apos;s access token: it has expired or the calendar was revoked. Refresh the tokens, or provision the calendar again.</source>
        <translation>Cronofy rechazó el token de acceso del calendario: ha caducado o el calendario se revocó. Actualice los tokens o vuelva a aprovisionar el calendario.</translation>
    </message>
    <message>
        <source>Your Cronofy plan does not include creating applications through the Admin API. Ask Cronofy support to enable it, or create the application in the Cronofy dashboard.</source>
        <translation>Su plan de Cronofy no incluye la creación de aplicaciones mediante la API de administración. Pida al soporte de Cronofy que la habilite o cree la aplicación en el panel de Cronofy.</translation>
    </message>
    <message>
        <source>Your Cronofy plan does not include application calendars. Upgrade the plan in the Cronofy dashboard, then try again.</source>
        <translation>Su plan de Cronofy no incluye calendarios de aplicación. Mejore el plan en el panel de Cronofy y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Your Cronofy plan does not include this feature (HTTP 402). Upgrade the plan in the Cronofy dashboard, then try again.</source>
        <translation>Su plan de Cronofy no incluye esta función (HTTP 402). Mejore el plan en el panel de Cronofy y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Cronofy recognised the admin API key but it may not create applications here. Check in the Cronofy dashboard which organizational unit the key belongs to.</source>
        <translation>Cronofy reconoció la clave de la API de administración, pero no puede crear aplicaciones aquí. Compruebe en el panel de Cronofy a qué unidad organizativa pertenece la clave.</translation>
    </message>
    <message>
        <source>Cronofy recognised the credentials but they are not allowed to do this (HTTP 403). Check the application&apos;s permissions in the Cronofy dashboard.</source>
        <translation>Cronofy reconoció las credenciales, pero no tienen permiso para hacer esto (HTTP 403). Compruebe los permisos de la aplicación en el panel de Cronofy.</translation>
    </message>
    <message>
        <source>Cronofy does not know this address (HTTP 404). Check the data center (%1), or the base URL if you entered one, in Settings.</source>
        <translation>Cronofy no conoce esta dirección (HTTP 404). Compruebe en la configuración el centro de datos (%1) o, si la introdujo, la URL base.</translation>
    </message>
    <message>
        <source>Cronofy gave up waiting for the request (HTTP 408). Check the internet connection and try again.</source>
        <translation>Cronofy dejó de esperar la solicitud (HTTP 408). Compruebe la conexión a Internet y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Cronofy did not accept what was sent (HTTP 422) but did not say which field. Check every field and try again.</source>
        <translation>Cronofy no aceptó lo que se envió (HTTP 422), pero no indicó qué campo. Revise todos los campos y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>One field of a 422 error: &quot;&lt;field label&gt;: &lt;Cronofy&apos;s descriptions&gt;&quot;</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Cronofy did not accept some fields: %1. Correct them and try again.</source>
        <translation>Cronofy no aceptó algunos campos: %1. Corríjalos y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Cronofy reports the account as locked (HTTP 423). Look for a notice about the account in the Cronofy dashboard, or contact Cronofy support, then try again.</source>
        <translation>Cronofy indica que la cuenta está bloqueada (HTTP 423). Busque un aviso sobre la cuenta en el panel de Cronofy o póngase en contacto con el soporte de Cronofy, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Cronofy reports this calendar&apos;s account as locked: it has no working connection to its calendar provider. Provision the calendar again; if that does not help, contact Cronofy support.</source>
        <translation>Cronofy indica que la cuenta de este calendario está bloqueada: no tiene una conexión operativa con su proveedor de calendario. Vuelva a aprovisionar el calendario; si eso no ayuda, póngase en contacto con el soporte de Cronofy.</translation>
    </message>
    <message numerus="yes">
        <source>Cronofy is limiting requests. Wait %n second(s) and try again.</source>
        <translation>
            <numerusform>Cronofy está limitando las solicitudes. Espere %n segundo y vuelva a intentarlo.</numerusform>
            <numerusform>Cronofy está limitando las solicitudes. Espere %n segundos y vuelva a intentarlo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cronofy is limiting requests because too many were sent in a short time. Wait a minute and try again, or send fewer at once.</source>
        <translation>Cronofy está limitando las solicitudes porque se enviaron demasiadas en poco tiempo. Espere un minuto y vuelva a intentarlo, o envíe menos a la vez.</translation>
    </message>
    <message>
        <source>Cronofy refused the request (HTTP %1). Check what you entered and try again; if it keeps happening, send the details to whoever supports your Cronofy account.</source>
        <translation>Cronofy rechazó la solicitud (HTTP %1). Revise lo que introdujo y vuelva a intentarlo; si sigue ocurriendo, envíe los detalles a quien da soporte a su cuenta de Cronofy.</translation>
    </message>
    <message>
        <source>The offline sandbox is not answering. Restart Cronofy Console to start it again.</source>
        <translation>El entorno de pruebas sin conexión no responde. Reinicie Cronofy Console para iniciarlo de nuevo.</translation>
    </message>
    <message>
        <source>Nothing is answering at %1. If it is a server on this computer, such as cronofy-sandbox, start it again; otherwise correct the base URL in Settings.</source>
        <translation>Nada responde en %1. Si es un servidor de este equipo, como cronofy-sandbox, inícielo de nuevo; si no, corrija la URL base en Configuración.</translation>
    </message>
    <message>
        <source>Cronofy refused the admin API key of the account “%1” (%2). Check that the key belongs to this data center and has not been revoked in the Cronofy dashboard, then replace the key in Settings (or with &quot;cronofyctl account replace-key&quot;), or add the right account with &quot;cronofyctl account add&quot;.</source>
        <translation>Cronofy rechazó la clave de la API de administración de la cuenta «%1» (%2). Compruebe que la clave pertenece a este centro de datos y que no se ha revocado en el panel de Cronofy; después sustitúyala en Configuración (o con &quot;cronofyctl account replace-key&quot;), o añada la cuenta correcta con &quot;cronofyctl account add&quot;.</translation>
    </message>
    <message>
        <source>Cronofy recognised the admin API key of the account “%1” (%2) but it may not create applications here (HTTP 403). Check in the Cronofy dashboard which organizational unit and data center the key belongs to, then replace the key in Settings (or with &quot;cronofyctl account replace-key&quot;).</source>
        <translation>Cronofy reconoció la clave de la API de administración de la cuenta «%1» (%2), pero no puede crear aplicaciones aquí (HTTP 403). Compruebe en el panel de Cronofy a qué unidad organizativa y centro de datos pertenece la clave; después sustitúyala en Configuración (o con &quot;cronofyctl account replace-key&quot;).</translation>
    </message>
</context>
<context>
    <name>ApplicationsModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>ID de cliente</translation>
    </message>
    <message>
        <source>Data center</source>
        <translation>Centro de datos</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Añadida</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Secreto de cliente</translation>
    </message>
    <message>
        <source>%1 (removed)</source>
        <translation>%1 (eliminada)</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
</context>
<context>
    <name>ApplicationsPage</name>
    <message>
        <source>&amp;Create Application…</source>
        <translation type="vanished">&amp;Crear aplicación…</translation>
    </message>
    <message>
        <source>Cr&amp;eate Application…</source>
        <translation>C&amp;rear aplicación…</translation>
    </message>
    <message>
        <source>Search applications</source>
        <translation>Buscar aplicaciones</translation>
    </message>
    <message>
        <source>Search by name or client ID</source>
        <translation>Buscar por nombre o ID de cliente</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Aplicaciones</translation>
    </message>
    <message>
        <source>No applications yet.

Create one with Create Application (Ctrl+N), or import one that was made in the Cronofy dashboard.</source>
        <translation type="vanished">Todavía no hay aplicaciones.

Cree una con «Crear aplicación» (Ctrl+N) o importe una creada en el panel de Cronofy.</translation>
    </message>
    <message>
        <source>No applications yet.

Press Enter to create your first one with Create Application (Ctrl+N), or import one that was made in the Cronofy dashboard.</source>
        <translation>Todavía no hay aplicaciones.

Pulse Intro para crear la primera con «Crear aplicación» (Ctrl+N) o importe una creada en el panel de Cronofy.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation>ID de cliente:</translation>
    </message>
    <message>
        <source>Web address:</source>
        <translation>Dirección web:</translation>
    </message>
    <message>
        <source>Data center:</source>
        <translation>Centro de datos:</translation>
    </message>
    <message>
        <source>Added:</source>
        <translation>Añadida:</translation>
    </message>
    <message>
        <source>Client secret:</source>
        <translation>Secreto de cliente:</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Create application</source>
        <translation>Crear aplicación</translation>
    </message>
    <message>
        <source>Create a new Cronofy application (Ctrl+N)</source>
        <translation>Crear una aplicación de Cronofy nueva (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Import Application…</source>
        <translation>&amp;Importar aplicación…</translation>
    </message>
    <message>
        <source>Import application</source>
        <translation>Importar aplicación</translation>
    </message>
    <message>
        <source>Add an application made in the Cronofy dashboard</source>
        <translation>Añadir una aplicación creada en el panel de Cronofy</translation>
    </message>
    <message>
        <source>Submit for &amp;Verification…</source>
        <translation>Enviar para &amp;verificación…</translation>
    </message>
    <message>
        <source>Submit for verification</source>
        <translation>Enviar para verificación</translation>
    </message>
    <message>
        <source>Ask Cronofy to verify the application, so people outside your organisation can use it</source>
        <translation>Pedir a Cronofy que verifique la aplicación para que personas ajenas a su organización puedan usarla</translation>
    </message>
    <message>
        <source>&amp;Replace Client Secret…</source>
        <translation>&amp;Sustituir secreto de cliente…</translation>
    </message>
    <message>
        <source>Replace client secret</source>
        <translation>Sustituir secreto de cliente</translation>
    </message>
    <message>
        <source>Store a new client secret after you made one in the Cronofy dashboard</source>
        <translation>Guardar un secreto de cliente nuevo después de crearlo en el panel de Cronofy</translation>
    </message>
    <message>
        <source>Cop&amp;y Client ID</source>
        <translation>Copiar ID de clien&amp;te</translation>
    </message>
    <message>
        <source>Copy client ID</source>
        <translation>Copiar ID de cliente</translation>
    </message>
    <message>
        <source>Copy the selected application&apos;s client ID</source>
        <translation>Copiar el ID de cliente de la aplicación seleccionada</translation>
    </message>
    <message>
        <source>Show Calen&amp;dars</source>
        <translation>Mostrar ca&amp;lendarios</translation>
    </message>
    <message>
        <source>Show the application&apos;s calendars</source>
        <translation>Mostrar los calendarios de la aplicación</translation>
    </message>
    <message>
        <source>Open the Calendars page with this application&apos;s calendars</source>
        <translation>Abrir la página Calendarios con los calendarios de esta aplicación</translation>
    </message>
    <message>
        <source>&amp;Provision Calendar…</source>
        <translation>A&amp;provisionar calendario…</translation>
    </message>
    <message>
        <source>Provision a calendar for the application</source>
        <translation>Aprovisionar un calendario para la aplicación</translation>
    </message>
    <message>
        <source>Create a calendar for this application, or get an existing one back</source>
        <translation>Crear un calendario para esta aplicación o recuperar uno existente</translation>
    </message>
    <message>
        <source>&amp;Bulk Provision…</source>
        <translation>Aprovisionamiento &amp;masivo…</translation>
    </message>
    <message>
        <source>Provision many calendars for the application</source>
        <translation>Aprovisionar muchos calendarios para la aplicación</translation>
    </message>
    <message>
        <source>Provision many calendars of this application from a CSV or text file</source>
        <translation>Aprovisionar muchos calendarios de esta aplicación desde un archivo CSV o de texto</translation>
    </message>
    <message>
        <source>Select an application to see its details.</source>
        <translation>Seleccione una aplicación para ver sus detalles.</translation>
    </message>
    <message>
        <source>(not known for imported applications)</source>
        <translation>(se desconoce en las aplicaciones importadas)</translation>
    </message>
    <message>
        <source>Offline sandbox</source>
        <translation type="vanished">Entorno de pruebas sin conexión</translation>
    </message>
    <message>
        <source>Imported on %1</source>
        <translation>Importada el %1</translation>
    </message>
    <message>
        <source>Created on %1</source>
        <translation>Creada el %1</translation>
    </message>
    <message>
        <source>Stored in this computer&apos;s keychain.</source>
        <translation>Guardado en el llavero de este equipo.</translation>
    </message>
    <message>
        <source>NOT stored in the keychain. Calendars cannot be provisioned for this application until you store its secret with Replace Client Secret.</source>
        <translation>NO está guardado en el llavero. No se pueden aprovisionar calendarios para esta aplicación hasta que guarde su secreto con «Sustituir secreto de cliente».</translation>
    </message>
    <message>
        <source>The application was imported and its secret stored in the keychain.</source>
        <translation>Se importó la aplicación y su secreto se guardó en el llavero.</translation>
    </message>
    <message>
        <source>Submitted. Cronofy will contact you by email about the verification.</source>
        <translation>Enviada. Cronofy se pondrá en contacto con usted por correo electrónico sobre la verificación.</translation>
    </message>
    <message>
        <source>The new client secret is stored in the keychain.</source>
        <translation>El nuevo secreto de cliente está guardado en el llavero.</translation>
    </message>
    <message>
        <source>Copied the client ID %1.</source>
        <translation>Se copió el ID de cliente %1.</translation>
    </message>
    <message>
        <source>Show the applications of</source>
        <translation>Mostrar las aplicaciones de</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Cuenta:</translation>
    </message>
    <message>
        <source>Acc&amp;ount:</source>
        <translation>C&amp;uenta:</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Todas las cuentas</translation>
    </message>
    <message>
        <source>(none: imported from the dashboard)</source>
        <translation>(ninguna: importada desde el panel)</translation>
    </message>
    <message>
        <source>%1 (removed: its applications stay listed)</source>
        <translation>%1 (eliminada: sus aplicaciones siguen en la lista)</translation>
    </message>
</context>
<context>
    <name>BulkProvisionDialog</name>
    <message>
        <source>Provision calendars from a file</source>
        <translation>Aprovisionar calendarios desde un archivo</translation>
    </message>
    <message>
        <source>Provision many application calendars of %1 at once. Choose a CSV file with a header row (the column application_calendar_id is used, or else the first column) or a text file with one ID per line. Calendars already provisioned are skipped, so you can start the same file again after an interruption.</source>
        <translation>Aprovisione muchos calendarios de aplicación de %1 a la vez. Elija un archivo CSV con una fila de encabezado (se usa la columna application_calendar_id o, si no existe, la primera) o un archivo de texto con un ID por línea. Los calendarios ya aprovisionados se omiten, así que puede volver a iniciar el mismo archivo tras una interrupción.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>File with calendar IDs</source>
        <translation>Archivo con ID de calendario</translation>
    </message>
    <message>
        <source>Type a path and press Enter, or choose a file</source>
        <translation>Escriba una ruta y pulse Intro, o elija un archivo</translation>
    </message>
    <message>
        <source>C&amp;hoose file...</source>
        <translation type="vanished">&amp;Elegir archivo…</translation>
    </message>
    <message>
        <source>Choose file</source>
        <translation>Elegir archivo</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Lines that will not be sent</source>
        <translation>Líneas que no se enviarán</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Calendar ID</source>
        <translation>ID del calendario</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Provision &amp;again the calendars that are already provisioned</source>
        <translation>&amp;Volver a aprovisionar los calendarios ya aprovisionados</translation>
    </message>
    <message>
        <source>Provision again the calendars that are already provisioned</source>
        <translation>Volver a aprovisionar los calendarios ya aprovisionados</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Calendars that failed</source>
        <translation>Calendarios fallidos</translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation>Qué falló</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Iniciar</translation>
    </message>
    <message>
        <source>Start provisioning</source>
        <translation>Iniciar el aprovisionamiento</translation>
    </message>
    <message>
        <source>&amp;Cancel run</source>
        <translation>&amp;Cancelar la ejecución</translation>
    </message>
    <message>
        <source>Stop &amp;now</source>
        <translation>&amp;Detener ahora</translation>
    </message>
    <message>
        <source>Cancel the run</source>
        <translation>Cancelar la ejecución</translation>
    </message>
    <message>
        <source>&amp;Export failures...</source>
        <translation type="vanished">E&amp;xportar los fallos…</translation>
    </message>
    <message>
        <source>C&amp;hoose file…</source>
        <translation>&amp;Elegir archivo…</translation>
    </message>
    <message>
        <source>&amp;Export failures…</source>
        <translation>E&amp;xportar los fallos…</translation>
    </message>
    <message>
        <source>Export failures as CSV</source>
        <translation>Exportar los fallos como CSV</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>Ce&amp;rrar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Choose a file with calendar IDs</source>
        <translation>Elegir un archivo con ID de calendario</translation>
    </message>
    <message>
        <source>CSV or text files (*.csv *.txt)</source>
        <translation>Archivos CSV o de texto (*.csv *.txt)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n calendar ID(s) in %1 (column &quot;%2&quot;).</source>
        <translation>
            <numerusform>%n ID de calendario en %1 (columna «%2»).</numerusform>
            <numerusform>%n ID de calendario en %1 (columna «%2»).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n calendar ID(s) in %1, one per line.</source>
        <translation>
            <numerusform>%n ID de calendario en %1, uno por línea.</numerusform>
            <numerusform>%n ID de calendario en %1, uno por línea.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate line(s) will be provisioned once.</source>
        <translation>
            <numerusform>%n línea duplicada se aprovisionará una sola vez.</numerusform>
            <numerusform>%n líneas duplicadas se aprovisionarán una sola vez.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid ID(s) will not be sent; correct them in the file and load it again if they are needed.</source>
        <translation>
            <numerusform>%n ID no válido no se enviará; corríjalo en el archivo y vuelva a cargar el archivo si lo necesita.</numerusform>
            <numerusform>%n ID no válidos no se enviarán; corríjalos en el archivo y vuelva a cargar el archivo si los necesita.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n are already provisioned and will be skipped.</source>
        <translation>
            <numerusform>%n ya está aprovisionado y se omitirá.</numerusform>
            <numerusform>%n ya están aprovisionados y se omitirán.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is nothing to provision. Choose a file with one ID per line, or a CSV file with an application_calendar_id column.</source>
        <translation>No hay nada que aprovisionar. Elija un archivo con un ID por línea o un archivo CSV con una columna application_calendar_id.</translation>
    </message>
    <message>
        <source>Invalid IDs (%1)</source>
        <translation>ID no válidos (%1)</translation>
    </message>
    <message>
        <source>Duplicates (%1)</source>
        <translation>Duplicados (%1)</translation>
    </message>
    <message>
        <source>Already provisioned (%1)</source>
        <translation>Ya aprovisionados (%1)</translation>
    </message>
    <message>
        <source>Skipped unless you choose to provision again.</source>
        <translation>Se omite, salvo que elija volver a aprovisionar.</translation>
    </message>
    <message>
        <source>Reading the client secret from the keychain…</source>
        <translation>Leyendo el secreto de cliente del llavero…</translation>
    </message>
    <message>
        <source>Stop now without waiting for the answers</source>
        <translation>Detener ahora sin esperar las respuestas</translation>
    </message>
    <message numerus="yes">
        <source>Stopping: no new requests. Waiting for the answers to the %n request(s) already sent, so that what Cronofy did is saved.</source>
        <translation>
            <numerusform>Deteniendo: no se envían más solicitudes. Esperando la respuesta a la %n solicitud ya enviada, para guardar lo que hizo Cronofy.</numerusform>
            <numerusform>Deteniendo: no se envían más solicitudes. Esperando las respuestas a las %n solicitudes ya enviadas, para guardar lo que hizo Cronofy.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the client secret from the keychain...</source>
        <translation type="vanished">Leyendo el secreto de cliente del llavero…</translation>
    </message>
    <message>
        <source>Export failures</source>
        <translation>Exportar los fallos</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>%1-failures.csv</source>
        <translation>%1-fallos.csv</translation>
    </message>
    <message>
        <source>The failures could not be written to %1 (%2). Choose another folder and try again.</source>
        <translation>No se pudieron escribir los fallos en %1 (%2). Elija otra carpeta y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The failures were saved to %1.</source>
        <translation>Los fallos se guardaron en %1.</translation>
    </message>
    <message>
        <source>Provision the &amp;revoked calendars again (you revoked them)</source>
        <translation>A&amp;provisionar de nuevo los calendarios revocados (usted los revocó)</translation>
    </message>
    <message>
        <source>Provision the revoked calendars again</source>
        <translation>Aprovisionar de nuevo los calendarios revocados</translation>
    </message>
    <message numerus="yes">
        <source>%n were revoked and will be skipped unless you tick the box below to provision them again.</source>
        <translation>
            <numerusform>%n fue revocado y se omitirá, salvo que marque la casilla de abajo para aprovisionarlo de nuevo.</numerusform>
            <numerusform>%n fueron revocados y se omitirán, salvo que marque la casilla de abajo para aprovisionarlos de nuevo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoked (%1)</source>
        <translation>Revocados (%1)</translation>
    </message>
    <message>
        <source>You revoked it. Skipped unless you tick to provision the revoked calendars again.</source>
        <translation>Usted lo revocó. Se omite, salvo que marque aprovisionar de nuevo los calendarios revocados.</translation>
    </message>
    <message numerus="yes">
        <source>%n invalid ID(s) in the file were not sent; the preview lists them with their lines.</source>
        <translation>
            <numerusform>%n ID no válido del archivo no se envió; la vista previa lo muestra con su línea.</numerusform>
            <numerusform>%n ID no válidos del archivo no se enviaron; la vista previa los muestra con sus líneas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkProvisioner</name>
    <message>
        <source>%1 provisioned, %2 failed, %3 skipped, %4 not started.</source>
        <translation>%1 aprovisionados, %2 fallidos, %3 omitidos, %4 sin empezar.</translation>
    </message>
</context>
<context>
    <name>BulkText</name>
    <message>
        <source>less than a second</source>
        <translation>menos de un segundo</translation>
    </message>
    <message numerus="yes">
        <source>about %n second(s)</source>
        <translation>
            <numerusform>unos %n segundo</numerusform>
            <numerusform>unos %n segundos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>unos %n minuto</numerusform>
            <numerusform>unos %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n hour(s)</source>
        <translation>
            <numerusform>unos %n hora</numerusform>
            <numerusform>unas %n horas</numerusform>
        </translation>
    </message>
    <message>
        <source>about %1 %2</source>
        <extracomment>%1 is &quot;1 hour&quot;/&quot;2 hours&quot;, %2 is &quot;5 minutes&quot;</extracomment>
        <translation>unos %1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hora</numerusform>
            <numerusform>%n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 per second</source>
        <translation>%1 por segundo</translation>
    </message>
    <message>
        <source>%1 done, %2 failed, %3 remaining, %4 already provisioned</source>
        <translation>%1 hechos, %2 fallidos, %3 pendientes, %4 ya aprovisionados</translation>
    </message>
    <message>
        <source>%1 done, %2 failed, %3 remaining</source>
        <translation>%1 hechos, %2 fallidos, %3 pendientes</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>terminado</translation>
    </message>
    <message>
        <source>waiting for Cronofy&apos;s rate limit</source>
        <translation>esperando el límite de solicitudes de Cronofy</translation>
    </message>
    <message>
        <source>estimating the time left</source>
        <translation>calculando el tiempo restante</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>quedan %1</translation>
    </message>
    <message>
        <source>%1 - %2 - %3</source>
        <extracomment>counts, then the rate, then the time left, e.g. &quot;120 done, 2 failed, 878 remaining - 8.3 per second - about 2 minutes left&quot;</extracomment>
        <translation>%1 – %2 – %3</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled. %n calendar(s) were provisioned before the cancel.</source>
        <translation>
            <numerusform>Cancelado. Se aprovisionó %n calendario antes de cancelar.</numerusform>
            <numerusform>Cancelado. Se aprovisionaron %n calendarios antes de cancelar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n calendar(s): %1</source>
        <translation>
            <numerusform>Detenido tras %n calendario: %1</numerusform>
            <numerusform>Detenido tras %n calendarios: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Provisioned %n calendar(s).</source>
        <translation>
            <numerusform>%n calendario aprovisionado.</numerusform>
            <numerusform>%n calendarios aprovisionados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed; the list below says why for each.</source>
        <translation>
            <numerusform>%n fallido; la lista de abajo indica el motivo de cada uno.</numerusform>
            <numerusform>%n fallidos; la lista de abajo indica el motivo de cada uno.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n were already provisioned and were skipped.</source>
        <translation>
            <numerusform>%n ya estaba aprovisionado y se omitió.</numerusform>
            <numerusform>%n ya estaban aprovisionados y se omitieron.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n were not provisioned yet; run the same list again to continue where it stopped.</source>
        <translation>
            <numerusform>%n aún no estaba aprovisionado; vuelva a ejecutar la misma lista para continuar donde se detuvo.</numerusform>
            <numerusform>%n aún no estaban aprovisionados; vuelva a ejecutar la misma lista para continuar donde se detuvo.</numerusform>
        </translation>
    </message>
    <message>
        <source>It took %1 (%2).</source>
        <translation>Duración: %1 (%2).</translation>
    </message>
    <message>
        <source>, %1 revoked (skipped)</source>
        <extracomment>follows &quot;120 done, 2 failed, 878 remaining&quot;</extracomment>
        <translation>, %1 revocado(s) (omitido(s))</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <extracomment>%1 is a list of calendar IDs; %n how many more there are</extracomment>
        <translation>
            <numerusform>%1 y %n más</numerusform>
            <numerusform>%1 y %n más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n revoked calendar(s) skipped, since you revoked them: %1.</source>
        <extracomment>%1 names the calendars</extracomment>
        <translation>
            <numerusform>%n calendario revocado omitido, porque usted lo revocó: %1.</numerusform>
            <numerusform>%n calendarios revocados omitidos, porque usted los revocó: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarDetailsPane</name>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Calendar details</source>
        <translation>Detalles del calendario</translation>
    </message>
    <message>
        <source>Select a calendar in the list to see its details here.</source>
        <translation>Seleccione un calendario en la lista para ver aquí sus detalles.</translation>
    </message>
    <message>
        <source>Copy the client ID</source>
        <translation>Copiar el ID de cliente</translation>
    </message>
    <message>
        <source>Copy the calendar ID</source>
        <translation>Copiar el ID del calendario</translation>
    </message>
    <message>
        <source>Copy the sub</source>
        <translation>Copiar el sub</translation>
    </message>
    <message>
        <source>Copy the profile ID</source>
        <translation>Copiar el ID del perfil</translation>
    </message>
    <message>
        <source>Application:</source>
        <translation>Aplicación:</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Aplicación</translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation>ID de cliente:</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>ID de cliente</translation>
    </message>
    <message>
        <source>Calendar ID:</source>
        <translation>ID del calendario:</translation>
    </message>
    <message>
        <source>Calendar ID</source>
        <translation>ID del calendario</translation>
    </message>
    <message>
        <source>Sub:</source>
        <translation>Sub:</translation>
    </message>
    <message>
        <source>Sub</source>
        <translation>Sub</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Perfil:</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Nombre del perfil</translation>
    </message>
    <message>
        <source>Profile ID:</source>
        <translation>ID del perfil:</translation>
    </message>
    <message>
        <source>Profile ID</source>
        <translation>ID del perfil</translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation>Proveedor:</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Access:</source>
        <translation>Acceso:</translation>
    </message>
    <message>
        <source>Access scope</source>
        <translation>Alcance del acceso</translation>
    </message>
    <message>
        <source>Provisioned:</source>
        <translation>Aprovisionado:</translation>
    </message>
    <message>
        <source>Provisioned</source>
        <translation>Aprovisionado</translation>
    </message>
    <message>
        <source>Last seen working:</source>
        <translation>Funcionó por última vez:</translation>
    </message>
    <message>
        <source>Last seen working</source>
        <translation>Funcionó por última vez</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Last problem</source>
        <translation>Último problema</translation>
    </message>
    <message>
        <source>Last problem:</source>
        <translation>Último problema:</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Not provisioned yet</source>
        <translation>Aún no aprovisionado</translation>
    </message>
    <message>
        <source>Read and write</source>
        <translation>Lectura y escritura</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Todavía no</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Selected calendar</source>
        <translation>Calendario seleccionado</translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <source>The calendars could not be exported to %1 (%2). Nothing was written there. Choose another folder or free some space, then try again.</source>
        <translation>No se pudieron exportar los calendarios a %1 (%2). No se escribió nada allí. Elija otra carpeta o libere espacio y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The list could not be read (%1).</source>
        <translation>No se pudo leer la lista (%1).</translation>
    </message>
    <message>
        <source>Writing failed (%1).</source>
        <translation type="vanished">La escritura falló (%1).</translation>
    </message>
    <message>
        <source>The list could not be read to the end.</source>
        <translation>No se pudo leer la lista hasta el final.</translation>
    </message>
</context>
<context>
    <name>CalendarIdListReader</name>
    <message>
        <source>Listed already on line %1; it is provisioned once.</source>
        <translation>Ya aparece en la línea %1; se aprovisiona una sola vez.</translation>
    </message>
    <message>
        <source>The quotation mark opened on line %1 is never closed, so the file cannot be read as CSV. Fix the quotes on that line and try again.</source>
        <translation>Las comillas abiertas en la línea %1 no se cierran nunca, así que el archivo no se puede leer como CSV. Corrija las comillas de esa línea y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>This row has no calendar ID in the column &quot;%1&quot;. Add one, or delete the row.</source>
        <translation>Esta fila no tiene ID de calendario en la columna «%1». Añada uno o elimine la fila.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text. Save it as &quot;CSV UTF-8&quot; or plain UTF-8 text and try again.</source>
        <translation>El archivo no es texto UTF-8. Guárdelo como «CSV UTF-8» o como texto sin formato UTF-8 y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; cannot be read (%2). Check its permissions and try again.</source>
        <translation>No se puede leer el archivo «%1» (%2). Compruebe sus permisos y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>There is no file &quot;%1&quot;. Check the name and the folder and try again.</source>
        <translation>No existe el archivo «%1». Compruebe el nombre y la carpeta y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is too large (%2 MB). Split it into files of at most %3 MB.</source>
        <translation>El archivo «%1» es demasiado grande (%2 MB). Divídalo en archivos de %3 MB como máximo.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; cannot be read (%2). Check it and try again.</source>
        <translation>No se puede leer el archivo «%1» (%2). Revíselo y vuelva a intentarlo.</translation>
    </message>
</context>
<context>
    <name>CalendarsModel</name>
    <message>
        <source>Application</source>
        <translation>Aplicación</translation>
    </message>
    <message>
        <source>Calendar ID</source>
        <translation>ID del calendario</translation>
    </message>
    <message>
        <source>Sub</source>
        <translation>Sub</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Provisioned</source>
        <translation>Aprovisionado</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Visto por última vez</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Último error</translation>
    </message>
</context>
<context>
    <name>CalendarsPage</name>
    <message>
        <source>Calendars</source>
        <translation>Calendarios</translation>
    </message>
    <message>
        <source>Search by calendar ID, sub or profile</source>
        <translation>Buscar por ID de calendario, sub o perfil</translation>
    </message>
    <message>
        <source>Search calendars</source>
        <translation>Buscar calendarios</translation>
    </message>
    <message>
        <source>Shows only the calendars whose ID, sub or profile contains the text</source>
        <translation>Muestra solo los calendarios cuyo ID, sub o perfil contiene el texto</translation>
    </message>
    <message>
        <source>Searc&amp;h:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>Show calendars of application</source>
        <translation>Mostrar los calendarios de la aplicación</translation>
    </message>
    <message>
        <source>App&amp;lication:</source>
        <translation>Ap&amp;licación:</translation>
    </message>
    <message>
        <source>Show calendars with status</source>
        <translation>Mostrar los calendarios con el estado</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revocado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>&amp;Provision calendar…</source>
        <translation>A&amp;provisionar calendario…</translation>
    </message>
    <message>
        <source>Provision a calendar</source>
        <translation>Aprovisionar un calendario</translation>
    </message>
    <message>
        <source>Create a calendar for an application, or get an existing one back (Ctrl+P)</source>
        <translation>Crear un calendario para una aplicación o recuperar uno existente (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Bulk provision…</source>
        <translation>Aprovisionamiento &amp;masivo…</translation>
    </message>
    <message>
        <source>Provision many calendars from a file</source>
        <translation>Aprovisionar muchos calendarios desde un archivo</translation>
    </message>
    <message>
        <source>Provision many calendars of the application chosen in Application from a CSV or text file</source>
        <translation>Aprovisionar muchos calendarios de la aplicación elegida en «Aplicación» desde un archivo CSV o de texto</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Verificar</translation>
    </message>
    <message>
        <source>Verify the selected calendar</source>
        <translation>Verificar el calendario seleccionado</translation>
    </message>
    <message>
        <source>Ask Cronofy whether the selected calendar works</source>
        <translation>Preguntar a Cronofy si el calendario seleccionado funciona</translation>
    </message>
    <message>
        <source>Get fresh &amp;tokens</source>
        <translation>Obtener &amp;tokens nuevos</translation>
    </message>
    <message>
        <source>Get fresh tokens for the selected calendar</source>
        <translation>Obtener tokens nuevos para el calendario seleccionado</translation>
    </message>
    <message>
        <source>Copy a new access token for the selected calendar to the clipboard</source>
        <translation>Copiar al portapapeles un token de acceso nuevo del calendario seleccionado</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>&amp;Revocar…</translation>
    </message>
    <message>
        <source>Revoke the selected calendar</source>
        <translation>Revocar el calendario seleccionado</translation>
    </message>
    <message>
        <source>Stop the selected calendar&apos;s tokens from working</source>
        <translation>Hacer que los tokens del calendario seleccionado dejen de funcionar</translation>
    </message>
    <message>
        <source>E&amp;xport shown as CSV…</source>
        <translation>E&amp;xportar como CSV…</translation>
    </message>
    <message>
        <source>Export the calendars shown as CSV</source>
        <translation>Exportar como CSV los calendarios mostrados</translation>
    </message>
    <message>
        <source>Save the calendars the list shows now (after search and filters) as a CSV file for spreadsheets</source>
        <translation>Guardar los calendarios que muestra ahora la lista (tras la búsqueda y los filtros) como archivo CSV para hojas de cálculo</translation>
    </message>
    <message>
        <source>Export shown as &amp;JSON…</source>
        <translation>Exportar como &amp;JSON…</translation>
    </message>
    <message>
        <source>Export the calendars shown as JSON</source>
        <translation>Exportar como JSON los calendarios mostrados</translation>
    </message>
    <message>
        <source>Save the calendars the list shows now (after search and filters) as a JSON file for programs</source>
        <translation>Guardar los calendarios que muestra ahora la lista (tras la búsqueda y los filtros) como archivo JSON para programas</translation>
    </message>
    <message>
        <source>All applications</source>
        <translation>Todas las aplicaciones</translation>
    </message>
    <message numerus="yes">
        <source>Showing %n calendar(s)</source>
        <translation>
            <numerusform>Se muestra %n calendario</numerusform>
            <numerusform>Se muestran %n calendarios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %n calendar(s) of %1</source>
        <extracomment>%n is the number shown, %1 the number kept in all.</extracomment>
        <translation type="vanished">
            <numerusform>Se muestra %n de %1 calendarios</numerusform>
            <numerusform>Se muestran %n de %1 calendarios</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no application yet. Create or import one on the Applications page first.</source>
        <translation>Todavía no hay ninguna aplicación. Cree o importe primero una en la página Aplicaciones.</translation>
    </message>
    <message>
        <source>Choose the application in the Application list first, then press Bulk provision again.</source>
        <translation>Elija primero la aplicación en la lista «Aplicación» y vuelva a pulsar «Aprovisionamiento masivo».</translation>
    </message>
    <message>
        <source>Could not verify “%1”. %2</source>
        <extracomment>%1 is the calendar ID, %2 the sentence that says what happened and what to do.</extracomment>
        <translation>No se pudo verificar «%1». %2</translation>
    </message>
    <message>
        <source>“%1” is healthy.</source>
        <translation>«%1» funciona correctamente.</translation>
    </message>
    <message>
        <source>Verifying with Cronofy…</source>
        <translation>Verificando con Cronofy…</translation>
    </message>
    <message>
        <source>Could not get fresh tokens for “%1”. %2</source>
        <translation>No se pudieron obtener tokens nuevos para «%1». %2</translation>
    </message>
    <message>
        <source>Getting fresh tokens…</source>
        <translation>Obteniendo tokens nuevos…</translation>
    </message>
    <message>
        <source>Revoke Calendar</source>
        <translation>Revocar calendario</translation>
    </message>
    <message>
        <source>Revoke the calendar “%1” of %2?</source>
        <extracomment>%1 is the calendar ID, %2 the application&apos;s name.</extracomment>
        <translation>¿Revocar el calendario «%1» de %2?</translation>
    </message>
    <message>
        <source>Its tokens stop working at once, and programs that use it lose access. This cannot be undone, except by provisioning the same calendar ID again, which gives it new tokens.</source>
        <translation>Sus tokens dejan de funcionar de inmediato y los programas que lo usan pierden el acceso. No se puede deshacer, salvo volviendo a aprovisionar el mismo ID de calendario, lo que le da tokens nuevos.</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>&amp;Revocar</translation>
    </message>
    <message>
        <source>Revoke the calendar</source>
        <translation>Revocar el calendario</translation>
    </message>
    <message>
        <source>&amp;Keep It</source>
        <translation>&amp;Conservar</translation>
    </message>
    <message>
        <source>Keep the calendar</source>
        <translation>Conservar el calendario</translation>
    </message>
    <message>
        <source>Could not revoke “%1”. %2</source>
        <translation>No se pudo revocar «%1». %2</translation>
    </message>
    <message>
        <source>“%1” is revoked. Provision it again if it is needed later.</source>
        <translation>«%1» está revocado. Vuelva a aprovisionarlo si lo necesita más adelante.</translation>
    </message>
    <message>
        <source>Revoking…</source>
        <translation>Revocando…</translation>
    </message>
    <message numerus="yes">
        <source>Export %n Calendar(s) as CSV</source>
        <translation>
            <numerusform>Exportar %n calendario como CSV</numerusform>
            <numerusform>Exportar %n calendarios como CSV</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export %n Calendar(s) as JSON</source>
        <translation>
            <numerusform>Exportar %n calendario como JSON</numerusform>
            <numerusform>Exportar %n calendarios como JSON</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <source>Could not save %1. %2</source>
        <extracomment>%1 is the file, %2 the reason and what to do.</extracomment>
        <translation>No se pudo guardar %1. %2</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n calendar(s) to %1.</source>
        <translation>
            <numerusform>Se guardó %n calendario en %1.</numerusform>
            <numerusform>Se guardaron %n calendarios en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message numerus="yes">
        <source>Showing more than %n calendar(s)…</source>
        <translation>
            <numerusform>Se muestran más de %n calendario…</numerusform>
            <numerusform>Se muestran más de %n calendarios…</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting calendars…</source>
        <translation>Exportando calendarios…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="vanished">Cancelar</translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="vanished">Exportación</translation>
    </message>
    <message>
        <source>The export was cancelled. Nothing was written to %1.</source>
        <translation>La exportación se canceló. No se escribió nada en %1.</translation>
    </message>
</context>
<context>
    <name>ClearButton</name>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Clear the field</source>
        <translation>Borrar el campo</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Stores the admin API key of a data center in the keychain. The key is read from standard input (never from the command line); on a terminal it is not shown while you type. Find it in the Cronofy dashboard under Admin API.</source>
        <translation type="vanished">Guarda en el llavero la clave de la API de administración de un centro de datos. La clave se lee de la entrada estándar (nunca de la línea de comandos); en un terminal no se muestra mientras escribe. La encontrará en el panel de Cronofy, en «Admin API».</translation>
    </message>
    <message>
        <source>The key is read from standard input, never from the command line. Remove &quot;%1&quot; and pipe the key in instead.</source>
        <translation>La clave se lee de la entrada estándar, nunca de la línea de comandos. Quite «%1» y pase la clave mediante una tubería.</translation>
    </message>
    <message>
        <source>Admin API key for %1 (not shown): </source>
        <translation>Clave de la API de administración para %1 (no se muestra): </translation>
    </message>
    <message>
        <source>The admin API key for %1 is stored in the keychain.</source>
        <translation>La clave de la API de administración para %1 está guardada en el llavero.</translation>
    </message>
    <message>
        <source>Removes the admin API key of a data center from the keychain.</source>
        <translation type="vanished">Elimina del llavero la clave de la API de administración de un centro de datos.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an option of this command.</source>
        <translation>«%1» no es una opción de este comando.</translation>
    </message>
    <message>
        <source>No admin API key is stored for %1 any more.</source>
        <translation>Ya no hay ninguna clave de la API de administración guardada para %1.</translation>
    </message>
    <message>
        <source>Usage: cronofyctl admin-key set --data-center DC &lt; key
       cronofyctl admin-key remove --data-center DC

Run &quot;cronofyctl admin-key set --help&quot; for details.</source>
        <translation type="vanished">Uso: cronofyctl admin-key set --data-center DC &lt; clave
     cronofyctl admin-key remove --data-center DC

Ejecute «cronofyctl admin-key set --help» para ver los detalles.</translation>
    </message>
    <message>
        <source>Say what to do with the admin API key: set or remove.</source>
        <translation type="vanished">Indique qué hacer con la clave de la API de administración: set o remove.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not something cronofyctl admin-key can do; use set or remove.</source>
        <translation type="vanished">«%1» no es algo que cronofyctl admin-key pueda hacer; use set o remove.</translation>
    </message>
    <message>
        <source>Creates a Cronofy application with the data center&apos;s admin API key (stored with &quot;cronofyctl admin-key set&quot;) and prints its client_id. Its client_secret goes to the keychain; Cronofy shows it only once. If the keychain cannot store it, the secret is printed with a warning and the exit code is 3: save it at once.</source>
        <translation type="vanished">Crea una aplicación de Cronofy con la clave de la API de administración del centro de datos (guardada con «cronofyctl admin-key set») y muestra su client_id. Su client_secret va al llavero; Cronofy solo lo muestra una vez. Si el llavero no puede guardarlo, el secreto se muestra con una advertencia y el código de salida es 3: guárdelo de inmediato.</translation>
    </message>
    <message>
        <source>The application&apos;s name, shown to people when they connect a calendar.</source>
        <translation>El nombre de la aplicación, que se muestra a quienes conectan un calendario.</translation>
    </message>
    <message>
        <source>The application&apos;s home page, e.g. https://example.com.</source>
        <translation>La página de inicio de la aplicación, p. ej., https://example.com.</translation>
    </message>
    <message>
        <source>Also print the client secret (on the line after the client_id).</source>
        <translation>Mostrar también el secreto de cliente (en la línea siguiente al client_id).</translation>
    </message>
    <message>
        <source>Read the admin API key from standard input for this call only, instead of the keychain. It is not stored.</source>
        <translation type="vanished">Leer la clave de la API de administración de la entrada estándar solo para esta llamada, en lugar del llavero. No se guarda.</translation>
    </message>
    <message>
        <source>WARNING: the client secret printed above was NOT stored in the keychain: %1</source>
        <translation>ADVERTENCIA: el secreto de cliente mostrado arriba NO se guardó en el llavero: %1</translation>
    </message>
    <message>
        <source>Cronofy will not show it again. Save it now (for example in a password manager), then store it with: cronofyctl app set-secret --client-id %1</source>
        <translation type="vanished">Cronofy no volverá a mostrarlo. Guárdelo ahora (por ejemplo, en un gestor de contraseñas) y después almacénelo con: cronofyctl app set-secret --client-id %1</translation>
    </message>
    <message>
        <source>The application was created and its secret is in the keychain, but it is not in the list. The client secret is printed above; add the application with &quot;cronofyctl app import&quot; once the problem is fixed.</source>
        <translation>La aplicación se creó y su secreto está en el llavero, pero no figura en la lista. El secreto de cliente se muestra arriba; añada la aplicación con «cronofyctl app import» cuando se resuelva el problema.</translation>
    </message>
    <message>
        <source>Adds an application made in the Cronofy dashboard. Its client secret is read from standard input and checked with Cronofy before it is stored in the keychain.</source>
        <translation type="vanished">Añade una aplicación creada en el panel de Cronofy. Su secreto de cliente se lee de la entrada estándar y se comprueba con Cronofy antes de guardarlo en el llavero.</translation>
    </message>
    <message>
        <source>The application&apos;s client_id.</source>
        <translation>El client_id de la aplicación.</translation>
    </message>
    <message>
        <source>A name for the list (default: the client_id).</source>
        <translation type="vanished">Un nombre para la lista (predeterminado: el client_id).</translation>
    </message>
    <message>
        <source>--client-id: %1</source>
        <translation>--client-id: %1</translation>
    </message>
    <message>
        <source>Client secret of %1 (not shown): </source>
        <translation>Secreto de cliente de %1 (no se muestra): </translation>
    </message>
    <message>
        <source>Stores or replaces the client secret of an application in the list (after a rotation in the Cronofy dashboard, or when the keychain could not store it). The secret is read from standard input.</source>
        <translation type="vanished">Guarda o sustituye el secreto de cliente de una aplicación de la lista (tras una rotación en el panel de Cronofy o cuando el llavero no pudo guardarlo). El secreto se lee de la entrada estándar.</translation>
    </message>
    <message>
        <source>The application %1 is not in the list. Add it with &quot;cronofyctl app import&quot;.</source>
        <translation type="vanished">La aplicación %1 no está en la lista. Añádala con «cronofyctl app import».</translation>
    </message>
    <message>
        <source>The client secret of %1 is stored in the keychain.</source>
        <translation type="vanished">El secreto de cliente de %1 está guardado en el llavero.</translation>
    </message>
    <message>
        <source>Cronofy will not show it again. Save it now (for example in a password manager), then store it with: cronofyctl app import --data-center %1 --client-id %2</source>
        <translation>Cronofy no volverá a mostrarlo. Guárdelo ahora (por ejemplo, en un gestor de contraseñas) y después almacénelo con: cronofyctl app import --data-center %1 --client-id %2</translation>
    </message>
    <message>
        <source>The application was already in the list; its new client secret is stored in the keychain.</source>
        <translation>La aplicación ya estaba en la lista; su nuevo secreto de cliente está guardado en el llavero.</translation>
    </message>
    <message>
        <source>Adds an application made in the Cronofy dashboard. Its client secret is read from standard input and checked with Cronofy before it is stored in the keychain. If the application is already in the list, its client secret is replaced (after a rotation in the dashboard, or when the keychain could not store it).</source>
        <translation>Añade una aplicación creada en el panel de Cronofy. Su secreto de cliente se lee de la entrada estándar y se comprueba con Cronofy antes de guardarlo en el llavero. Si la aplicación ya está en la lista, se sustituye su secreto de cliente (tras una rotación en el panel o cuando el llavero no pudo guardarlo).</translation>
    </message>
    <message>
        <source>The application %1 is in the list for the data center %2, not %3. Run the command again with --data-center %2.</source>
        <translation>La aplicación %1 figura en la lista para el centro de datos %2, no %3. Vuelva a ejecutar el comando con --data-center %2.</translation>
    </message>
    <message>
        <source>Lists the applications this computer created or imported. Never prints a secret.</source>
        <translation>Enumera las aplicaciones que este equipo creó o importó. Nunca muestra un secreto.</translation>
    </message>
    <message>
        <source>Print a JSON array instead of a table.</source>
        <translation>Mostrar una matriz JSON en lugar de una tabla.</translation>
    </message>
    <message>
        <source>No applications yet. Create one with &quot;cronofyctl app create&quot; or add one with &quot;cronofyctl app import&quot;.</source>
        <translation>Todavía no hay aplicaciones. Cree una con «cronofyctl app create» o añada una con «cronofyctl app import».</translation>
    </message>
    <message>
        <source>stored</source>
        <translation>guardado</translation>
    </message>
    <message>
        <source>NOT STORED</source>
        <translation>NO GUARDADO</translation>
    </message>
    <message>
        <source>CLIENT_ID</source>
        <translation>CLIENT_ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>DATA_CENTER</source>
        <translation>CENTRO_DE_DATOS</translation>
    </message>
    <message>
        <source>SECRET</source>
        <translation>SECRETO</translation>
    </message>
    <message>
        <source>ADDED</source>
        <translation>AÑADIDA</translation>
    </message>
    <message>
        <source>Usage: cronofyctl app create --data-center DC --name NAME --url URL [--show-secret]
       cronofyctl app import --data-center DC --client-id ID &lt; secret
       cronofyctl app list [--json]

Run &quot;cronofyctl app create --help&quot; (and so on) for details.</source>
        <translation type="vanished">Uso: cronofyctl app create --data-center DC --name NOMBRE --url URL [--show-secret]
     cronofyctl app import --data-center DC --client-id ID &lt; secreto
     cronofyctl app list [--json]

Ejecute «cronofyctl app create --help» (y así sucesivamente) para ver los detalles.</translation>
    </message>
    <message>
        <source>Say what to do with applications: create, import or list.</source>
        <translation type="vanished">Indique qué hacer con las aplicaciones: create, import o list.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not something cronofyctl app can do; use create, import or list.</source>
        <translation type="vanished">«%1» no es algo que cronofyctl app pueda hacer; use create, import o list.</translation>
    </message>
    <message>
        <source>Usage: cronofyctl app create --data-center DC --name NAME --url URL [--show-secret]
       cronofyctl app import --data-center DC --client-id ID [--name NAME] &lt; secret
       cronofyctl app set-secret --client-id ID &lt; secret
       cronofyctl app list [--json]

Run &quot;cronofyctl app create --help&quot; (and so on) for details.</source>
        <translation type="vanished">Uso: cronofyctl app create --data-center DC --name NOMBRE --url URL [--show-secret]
     cronofyctl app import --data-center DC --client-id ID [--name NOMBRE] &lt; secreto
     cronofyctl app set-secret --client-id ID &lt; secreto
     cronofyctl app list [--json]

Ejecute «cronofyctl app create --help» (y así sucesivamente) para ver los detalles.</translation>
    </message>
    <message>
        <source>Say what to do with applications: create, import, set-secret or list.</source>
        <translation type="vanished">Indique qué hacer con las aplicaciones: create, import, set-secret o list.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not something cronofyctl app can do; use create, import, set-secret or list.</source>
        <translation type="vanished">«%1» no es algo que cronofyctl app pueda hacer; use create, import, set-secret o list.</translation>
    </message>
    <message>
        <source>The application&apos;s client_id (see &quot;cronofyctl app list&quot;).</source>
        <translation>El client_id de la aplicación (consulte «cronofyctl app list»).</translation>
    </message>
    <message>
        <source>Say which application with --app CLIENT_ID.</source>
        <translation>Indique la aplicación con --app CLIENT_ID.</translation>
    </message>
    <message>
        <source>The application %1 is not in the list. See &quot;cronofyctl app list&quot;, or add it with &quot;cronofyctl app import&quot;.</source>
        <translation>La aplicación %1 no está en la lista. Consulte «cronofyctl app list» o añádala con «cronofyctl app import».</translation>
    </message>
    <message>
        <source>Provisions application calendars, paced to Cronofy&apos;s limits per application (50 requests per second and 500 per minute unless changed). Each result is saved at once, so after an interruption the same command continues where it stopped: calendars already provisioned are skipped (unless --refresh). A CSV file needs a header row; the column application_calendar_id is used, or else the first column. A plain text file has one ID per line. Duplicates are provisioned once; if any ID is invalid nothing is sent.</source>
        <translation type="vanished">Aprovisiona calendarios de aplicación al ritmo de los límites de Cronofy por aplicación (50 solicitudes por segundo y 500 por minuto, salvo que se cambien). Cada resultado se guarda al momento, así que tras una interrupción el mismo comando continúa donde se detuvo: los calendarios ya aprovisionados se omiten (salvo con --refresh). Un archivo CSV necesita una fila de encabezado; se usa la columna application_calendar_id o, si no existe, la primera. Un archivo de texto sin formato tiene un ID por línea. Los duplicados se aprovisionan una sola vez; si algún ID no es válido, no se envía nada.</translation>
    </message>
    <message>
        <source>Read the IDs from this file (CSV with a header, or one ID per line).</source>
        <translation>Leer los ID de este archivo (CSV con encabezado o un ID por línea).</translation>
    </message>
    <message>
        <source>Requests in flight at once, 1 to 64 (default 4).</source>
        <translation>Solicitudes simultáneas, de 1 a 64 (4 de forma predeterminada).</translation>
    </message>
    <message>
        <source>At most N requests per second, e.g. 50/s (default 50; 0 = no limit).</source>
        <translation>Como máximo N solicitudes por segundo, p. ej., 50/s (50 de forma predeterminada; 0 = sin límite).</translation>
    </message>
    <message>
        <source>At most N requests per minute (default 500; 0 = no limit).</source>
        <translation>Como máximo N solicitudes por minuto (500 de forma predeterminada; 0 = sin límite).</translation>
    </message>
    <message>
        <source>Provision again the calendars that are already provisioned.</source>
        <translation>Volver a aprovisionar los calendarios ya aprovisionados.</translation>
    </message>
    <message>
        <source>Calendar IDs to provision.</source>
        <translation>ID de los calendarios que se aprovisionarán.</translation>
    </message>
    <message>
        <source>--concurrency takes a whole number from 1 to 64.</source>
        <translation>--concurrency admite un número entero de 1 a 64.</translation>
    </message>
    <message>
        <source>--rate takes requests per second, e.g. 50/s (0 turns the limit off).</source>
        <translation>--rate admite solicitudes por segundo, p. ej., 50/s (0 desactiva el límite).</translation>
    </message>
    <message>
        <source>--per-minute takes a whole number of requests per minute, e.g. 500 (0 turns the limit off).</source>
        <translation>--per-minute admite un número entero de solicitudes por minuto, p. ej., 500 (0 desactiva el límite).</translation>
    </message>
    <message>
        <source>Give the calendar IDs either on the command line or with --csv, not both.</source>
        <translation>Indique los ID de calendario en la línea de comandos o con --csv, no de ambas formas.</translation>
    </message>
    <message>
        <source>Give the calendar IDs to provision, or a file with --csv FILE.</source>
        <translation>Indique los ID de calendario que se aprovisionarán o un archivo con --csv ARCHIVO.</translation>
    </message>
    <message>
        <source>line</source>
        <translation>línea</translation>
    </message>
    <message>
        <source>argument</source>
        <translation>argumento</translation>
    </message>
    <message>
        <source>%1 %2: &quot;%3&quot;: %4</source>
        <extracomment>&quot;line 12: &quot;room-1&quot;: Listed already on line 3...&quot; / &quot;argument 2: ...&quot;</extracomment>
        <translation>%1 %2: «%3»: %4</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was sent: %n calendar ID(s) cannot be used. Correct or remove them and run the command again.</source>
        <translation>
            <numerusform>No se envió nada: %n ID de calendario no se puede usar. Corríjalo o quítelo y vuelva a ejecutar el comando.</numerusform>
            <numerusform>No se envió nada: %n ID de calendario no se pueden usar. Corríjalos o quítelos y vuelva a ejecutar el comando.</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no calendar IDs in %1. Put one ID per line, or use a CSV file with an application_calendar_id column.</source>
        <translation>No hay ID de calendario en %1. Ponga un ID por línea o use un archivo CSV con una columna application_calendar_id.</translation>
    </message>
    <message>
        <source>failed: %1: %2</source>
        <translation>fallido: %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Stopping: no new requests; waiting for the %n in flight to finish. Press Ctrl-C again to quit at once (what is done is already saved).</source>
        <translation>
            <numerusform>Deteniendo: no se envían más solicitudes; esperando a que termine %n solicitud en curso. Pulse Ctrl+C de nuevo para salir de inmediato (lo hecho ya está guardado).</numerusform>
            <numerusform>Deteniendo: no se envían más solicitudes; esperando a que terminen las %n solicitudes en curso. Pulse Ctrl+C de nuevo para salir de inmediato (lo hecho ya está guardado).</numerusform>
        </translation>
    </message>
    <message>
        <source>Interrupted: %1 done, %2 failed, %3 not started. Run the same command again to continue; calendars already provisioned are skipped.</source>
        <translation>Interrumpido: %1 hechos, %2 fallidos, %3 sin empezar. Ejecute de nuevo el mismo comando para continuar; los calendarios ya aprovisionados se omiten.</translation>
    </message>
    <message>
        <source>Lists the application calendars in the list, of one application or of all. Never prints a token.</source>
        <translation>Enumera los calendarios de aplicación de la lista, de una aplicación o de todas. Nunca muestra un token.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Mostrar JSON.</translation>
    </message>
    <message>
        <source>Print CSV with a header row.</source>
        <translation>Mostrar CSV con una fila de encabezado.</translation>
    </message>
    <message>
        <source>Choose either --json or --csv.</source>
        <translation>Elija --json o --csv.</translation>
    </message>
    <message>
        <source>No calendars yet. Provision some with &quot;cronofyctl calendar provision&quot;.</source>
        <translation>Todavía no hay calendarios. Aprovisione algunos con «cronofyctl calendar provision».</translation>
    </message>
    <message>
        <source>active</source>
        <translation>activo</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>revocado</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallido</translation>
    </message>
    <message>
        <source>APPLICATION_CALENDAR_ID</source>
        <translation>APPLICATION_CALENDAR_ID</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>ESTADO</translation>
    </message>
    <message>
        <source>SUB</source>
        <translation>SUB</translation>
    </message>
    <message>
        <source>PROVISIONED</source>
        <translation>APROVISIONADO</translation>
    </message>
    <message>
        <source>LAST_ERROR</source>
        <translation>ÚLTIMO_ERROR</translation>
    </message>
    <message>
        <source>Revoked %1.</source>
        <translation>%1 revocado.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Revokes application calendars by their sub (apc_...): their tokens stop working and the list marks them revoked.</source>
        <translation>Revoca calendarios de aplicación por su sub (apc_...): sus tokens dejan de funcionar y la lista los marca como revocados.</translation>
    </message>
    <message>
        <source>The subs to revoke.</source>
        <translation>Los sub que se revocarán.</translation>
    </message>
    <message>
        <source>Give the sub of each calendar to revoke (see &quot;cronofyctl calendar list&quot;).</source>
        <translation>Indique el sub de cada calendario que se revocará (consulte «cronofyctl calendar list»).</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>«%1»: %2</translation>
    </message>
    <message>
        <source>Checks an application calendar: gets fresh tokens (provisioning is idempotent), then asks Cronofy for its authorization and its calendars. Tokens are never printed.</source>
        <translation>Comprueba un calendario de aplicación: obtiene tokens nuevos (el aprovisionamiento es idempotente) y después pide a Cronofy su autorización y sus calendarios. Los tokens nunca se muestran.</translation>
    </message>
    <message>
        <source>The application_calendar_id.</source>
        <translation>El application_calendar_id.</translation>
    </message>
    <message>
        <source>Give exactly one calendar ID to verify.</source>
        <translation>Indique exactamente un ID de calendario que se verificará.</translation>
    </message>
    <message>
        <source>application_calendar_id</source>
        <translation>application_calendar_id</translation>
    </message>
    <message>
        <source>sub</source>
        <translation>sub</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>perfil</translation>
    </message>
    <message>
        <source>scope</source>
        <translation>alcance</translation>
    </message>
    <message>
        <source>authorization</source>
        <translation>autorización</translation>
    </message>
    <message>
        <source>primary</source>
        <translation>principal</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>solo lectura</translation>
    </message>
    <message>
        <source>writable</source>
        <translation>con escritura</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>eliminado</translation>
    </message>
    <message>
        <source>calendar</source>
        <translation>calendario</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>FIELD</source>
        <translation>CAMPO</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>VALOR</translation>
    </message>
    <message>
        <source>Healthy: the calendar is authorized and has one writable primary calendar.</source>
        <translation>Correcto: el calendario está autorizado y tiene un único calendario principal con escritura.</translation>
    </message>
    <message>
        <source>Not healthy: Cronofy answered, but the calendar is not authorized or has no single writable primary calendar. Provision it again, or revoke it and provision a new one.</source>
        <translation>Incorrecto: Cronofy respondió, pero el calendario no está autorizado o no tiene un único calendario principal con escritura. Vuelva a aprovisionarlo, o revóquelo y aprovisione uno nuevo.</translation>
    </message>
    <message>
        <source>Usage: cronofyctl calendar provision --app CLIENT_ID (ID... | --csv FILE) [--concurrency N] [--rate N/s] [--per-minute N] [--refresh]
       cronofyctl calendar list [--app CLIENT_ID] [--json | --csv]
       cronofyctl calendar revoke --app CLIENT_ID SUB...
       cronofyctl calendar verify --app CLIENT_ID ID

Run &quot;cronofyctl calendar provision --help&quot; (and so on) for details.</source>
        <translation type="vanished">Uso: cronofyctl calendar provision --app CLIENT_ID (ID... | --csv ARCHIVO) [--concurrency N] [--rate N/s] [--per-minute N] [--refresh]
     cronofyctl calendar list [--app CLIENT_ID] [--json | --csv]
     cronofyctl calendar revoke --app CLIENT_ID SUB...
     cronofyctl calendar verify --app CLIENT_ID ID

Ejecute «cronofyctl calendar provision --help» (y así sucesivamente) para ver los detalles.</translation>
    </message>
    <message>
        <source>Say what to do with calendars: provision, list, revoke or verify.</source>
        <translation type="vanished">Indique qué hacer con los calendarios: provision, list, revoke o verify.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not something cronofyctl calendar can do; use provision, list, revoke or verify.</source>
        <translation type="vanished">«%1» no es algo que cronofyctl calendar pueda hacer; use provision, list, revoke o verify.</translation>
    </message>
    <message>
        <source>The list of applications and calendars was damaged; it was moved to %1 and a new, empty one was started.</source>
        <translation>La lista de aplicaciones y calendarios estaba dañada; se movió a %1 y se empezó una lista nueva y vacía.</translation>
    </message>
    <message>
        <source>The Cronofy data center: us, au, ca, de, sg or uk, or a base URL such as http://127.0.0.1:8080 for a local sandbox.</source>
        <translation>El centro de datos de Cronofy: us, au, ca, de, sg o uk, o una URL base como http://127.0.0.1:8080 para un entorno de pruebas local.</translation>
    </message>
    <message>
        <source>Say which data center with --data-center (us, au, ca, de, sg or uk).</source>
        <translation>Indique el centro de datos con --data-center (us, au, ca, de, sg o uk).</translation>
    </message>
    <message>
        <source>Usage: cronofyctl COMMAND [options]

Cronofy Console on the command line: the same list of applications and calendars and the same keychain as the window.

Commands:
  admin-key set --data-center DC &lt; key      store a data center&apos;s admin API key (from stdin)
  admin-key remove --data-center DC         remove it
  app create --data-center DC --name NAME --url URL [--show-secret]
                                            create an application; prints its client_id
  app import --data-center DC --client-id ID [--name NAME] &lt; client-secret
                                            add an application made in the dashboard
  app set-secret --client-id ID &lt; client-secret
                                            store or replace an application&apos;s client secret
  app list [--json]                         list the applications
  calendar provision --app CLIENT_ID (ID... | --csv FILE) [--concurrency N] [--rate N/s]
                     [--per-minute N] [--refresh]
                                            provision application calendars, paced and resumable
  calendar list [--app CLIENT_ID] [--json | --csv]
                                            list application calendars
  calendar revoke --app CLIENT_ID SUB...    revoke application calendars
  calendar verify --app CLIENT_ID ID        check an application calendar

DC is us, au, ca, de, sg or uk, or a base URL (https, or plain http on this computer only).
Secrets are read from standard input, never from the command line.
Run &quot;cronofyctl COMMAND ACTION --help&quot; for the options of each command.

</source>
        <translation type="vanished">Uso: cronofyctl COMANDO [opciones]

Cronofy Console en la línea de comandos: la misma lista de aplicaciones y calendarios y el mismo llavero que la ventana.

Comandos:
  admin-key set --data-center DC &lt; key      guardar la clave de la API de administración de un centro de datos (desde stdin)
  admin-key remove --data-center DC         eliminarla
  app create --data-center DC --name NAME --url URL [--show-secret]
                                            crear una aplicación; muestra su client_id
  app import --data-center DC --client-id ID [--name NAME] &lt; client-secret
                                            añadir una aplicación creada en el panel
  app set-secret --client-id ID &lt; client-secret
                                            guardar o sustituir el secreto de cliente de una aplicación
  app list [--json]                         enumerar las aplicaciones
  calendar provision --app CLIENT_ID (ID... | --csv FILE) [--concurrency N] [--rate N/s]
                     [--per-minute N] [--refresh]
                                            aprovisionar calendarios de aplicación, a ritmo controlado y reanudable
  calendar list [--app CLIENT_ID] [--json | --csv]
                                            enumerar los calendarios de aplicación
  calendar revoke --app CLIENT_ID SUB...    revocar calendarios de aplicación
  calendar verify --app CLIENT_ID ID        comprobar un calendario de aplicación

DC es us, au, ca, de, sg o uk, o una URL base (https, o http sin cifrar solo en este equipo).
Los secretos se leen de la entrada estándar, nunca de la línea de comandos.
Ejecute «cronofyctl COMANDO ACCIÓN --help» para ver las opciones de cada comando.

</translation>
    </message>
    <message>
        <source>The input is longer than 64 KB, which no Cronofy key is. Pass only the key on standard input.</source>
        <translation>La entrada supera los 64 KB, algo que ninguna clave de Cronofy hace. Pase solo la clave por la entrada estándar.</translation>
    </message>
    <message>
        <source>Nothing was typed. Paste the value and press Enter.</source>
        <translation>No se escribió nada. Pegue el valor y pulse Intro.</translation>
    </message>
    <message>
        <source>Standard input was empty. Pass the value on standard input, for example from a password manager: pass show cronofy | cronofyctl ...</source>
        <translation>La entrada estándar estaba vacía. Pase el valor por la entrada estándar, por ejemplo desde un gestor de contraseñas: pass show cronofy | cronofyctl ...</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Mostrar esta ayuda.</translation>
    </message>
    <message>
        <source>How many seconds to wait for each answer from Cronofy (default 30; the environment variable CRONOFYCTL_TIMEOUT_MS sets it in milliseconds).</source>
        <translation type="vanished">Cuántos segundos esperar cada respuesta de Cronofy (30 de forma predeterminada; la variable de entorno CRONOFYCTL_TIMEOUT_MS lo define en milisegundos).</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds from 1 to 3600.</source>
        <translation type="vanished">--timeout admite un número de segundos de 1 a 3600.</translation>
    </message>
    <message>
        <source>Usage: cronofyctl %1 %2</source>
        <translation>Uso: cronofyctl %1 %2</translation>
    </message>
    <message>
        <source>Run &quot;cronofyctl %1 --help&quot; to see how to use it.</source>
        <translation>Ejecute «cronofyctl %1 --help» para ver cómo usarlo.</translation>
    </message>
    <message>
        <source>Exit codes:
  0  done
  1  wrong command line or input; nothing was sent
  2  Cronofy or the network refused or failed
  3  the keychain (or the local list of applications and calendars) could not be read or
     written; if a new client secret could not be stored, it is printed: save it
  4  a bulk run finished but some calendars failed
  130  a bulk run was interrupted by Ctrl-C (143: by SIGTERM); what finished is saved, and the
       same command continues where it stopped</source>
        <translation type="vanished">Códigos de salida:
  0  hecho
  1  línea de comandos o entrada incorrecta; no se envió nada
  2  Cronofy o la red rechazó la solicitud o falló
  3  no se pudo leer ni escribir el llavero (o la lista local de aplicaciones y
     calendarios); si no se pudo guardar un secreto de cliente nuevo, se muestra: guárdelo
  4  un proceso masivo terminó, pero algunos calendarios fallaron
  130  un proceso masivo se interrumpió con Ctrl+C (143: con SIGTERM); lo terminado está
       guardado y el mismo comando continúa donde se detuvo</translation>
    </message>
    <message>
        <source>Exit codes:
  0  done
  1  wrong command line or input; nothing was sent
  2  Cronofy or the network refused or failed
  3  the keychain (or the local list of applications and calendars) could not be read or
     written; if a new client secret could not be stored, it is printed: save it
  4  a bulk run finished but some calendars failed</source>
        <translation type="vanished">Códigos de salida:
  0  hecho
  1  línea de comandos o entrada incorrecta; no se envió nada
  2  Cronofy o la red rechazó la solicitud o falló
  3  no se pudo leer ni escribir el llavero (o la lista local de aplicaciones y
     calendarios); si no se pudo guardar un secreto de cliente nuevo, se muestra: guárdelo
  4  un proceso masivo terminó, pero algunos calendarios fallaron</translation>
    </message>
    <message>
        <source>Exit codes:
  0  done
  1  wrong command line or input; nothing was sent
  2  Cronofy or the network refused or failed
  3  the keychain could not be read or written (a new client secret is then printed: save it)
  4  a bulk run finished but some calendars failed
  5  the local list of applications and calendars could not be read or written</source>
        <translation type="vanished">Códigos de salida:
  0  hecho
  1  línea de comandos o entrada incorrecta; no se envió nada
  2  Cronofy o la red rechazó la solicitud o falló
  3  no se pudo leer ni escribir el llavero (se muestra entonces un secreto de cliente nuevo: guárdelo)
  4  un proceso masivo terminó, pero algunos calendarios fallaron
  5  no se pudo leer ni escribir la lista local de aplicaciones y calendarios</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a cronofyctl command. Run &quot;cronofyctl --help&quot; to see the commands.</source>
        <translation>«%1» no es un comando de cronofyctl. Ejecute «cronofyctl --help» para ver los comandos.</translation>
    </message>
    <message>
        <source>Usage: cronofyctl COMMAND [options]

Cronofy Console on the command line: the same list of applications and calendars and the same keychain as the window.

Commands:
  admin-key set --data-center DC &lt; key      store a data center&apos;s admin API key (from stdin)
  admin-key remove --data-center DC         remove it
  app create --data-center DC --name NAME --url URL [--show-secret]
                                            create an application; prints its client_id
  app import --data-center DC --client-id ID &lt; client-secret
                                            add an application made in the dashboard, or
                                            replace the client secret of one in the list
  app list [--json]                         list the applications
  calendar provision --app CLIENT_ID (ID... | --csv FILE) [--concurrency N] [--rate N/s]
                     [--per-minute N] [--refresh]
                                            provision application calendars, paced and resumable
  calendar list [--app CLIENT_ID] [--json | --csv]
                                            list application calendars
  calendar revoke --app CLIENT_ID SUB...    revoke application calendars
  calendar verify --app CLIENT_ID ID        check an application calendar

DC is us, au, ca, de, sg or uk, or a base URL (https, or plain http on this computer only).
Secrets are read from standard input, never from the command line.
Run &quot;cronofyctl COMMAND ACTION --help&quot; for the options of each command.

</source>
        <translation type="vanished">Uso: cronofyctl COMANDO [opciones]

Cronofy Console en la línea de comandos: la misma lista de aplicaciones y calendarios y el mismo llavero que la ventana.

Comandos:
  admin-key set --data-center DC &lt; key      guardar la clave de la API de administración de un centro de datos (desde stdin)
  admin-key remove --data-center DC         eliminarla
  app create --data-center DC --name NAME --url URL [--show-secret]
                                            crear una aplicación; muestra su client_id
  app import --data-center DC --client-id ID &lt; client-secret
                                            añadir una aplicación creada en el panel o
                                            sustituir el secreto de cliente de una de la lista
  app list [--json]                         enumerar las aplicaciones
  calendar provision --app CLIENT_ID (ID... | --csv FILE) [--concurrency N] [--rate N/s]
                     [--per-minute N] [--refresh]
                                            aprovisionar calendarios de aplicación, a ritmo controlado y reanudable
  calendar list [--app CLIENT_ID] [--json | --csv]
                                            enumerar los calendarios de aplicación
  calendar revoke --app CLIENT_ID SUB...    revocar calendarios de aplicación
  calendar verify --app CLIENT_ID ID        comprobar un calendario de aplicación

DC es us, au, ca, de, sg o uk, o una URL base (https, o http sin cifrar solo en este equipo).
Los secretos se leen de la entrada estándar, nunca de la línea de comandos.
Ejecute «cronofyctl COMANDO ACCIÓN --help» para ver las opciones de cada comando.

</translation>
    </message>
    <message>
        <source>Provisions application calendars, paced to Cronofy&apos;s limits per application (50 requests per second and 500 per minute unless changed). Each result is saved at once, so after an interruption the same command continues where it stopped: calendars already provisioned are skipped (unless --refresh). Calendars you revoked are skipped and named, unless --include-revoked is given. A CSV file needs a header row; the column application_calendar_id is used, or else the first column. A plain text file has one ID per line. Duplicates are provisioned once; if any ID is invalid nothing is sent.</source>
        <translation>Aprovisiona calendarios de aplicación al ritmo de los límites de Cronofy por aplicación (50 solicitudes por segundo y 500 por minuto, salvo que se cambien). Cada resultado se guarda al momento, así que tras una interrupción el mismo comando continúa donde se detuvo: los calendarios ya aprovisionados se omiten (salvo con --refresh). Los calendarios que usted revocó se omiten y se nombran, salvo con --include-revoked. Un archivo CSV necesita una fila de encabezado; se usa la columna application_calendar_id o, si no existe, la primera. Un archivo de texto sin formato tiene un ID por línea. Los duplicados se aprovisionan una sola vez; si algún ID no es válido, no se envía nada.</translation>
    </message>
    <message>
        <source>Provision again the calendars that were revoked (skipped otherwise).</source>
        <translation>Aprovisionar de nuevo los calendarios revocados (si no, se omiten).</translation>
    </message>
    <message>
        <source>Give --include-revoked to provision them again.</source>
        <translation>Indique --include-revoked para aprovisionarlos de nuevo.</translation>
    </message>
    <message>
        <source>Usage: cronofyctl calendar provision --app CLIENT_ID (ID... | --csv FILE) [--concurrency N] [--rate N/s] [--per-minute N] [--refresh] [--include-revoked]
       cronofyctl calendar list [--app CLIENT_ID] [--json | --csv]
       cronofyctl calendar revoke --app CLIENT_ID SUB...
       cronofyctl calendar verify --app CLIENT_ID ID

Run &quot;cronofyctl calendar provision --help&quot; (and so on) for details.</source>
        <translation type="vanished">Uso: cronofyctl calendar provision --app CLIENT_ID (ID... | --csv ARCHIVO) [--concurrency N] [--rate N/s] [--per-minute N] [--refresh] [--include-revoked]
     cronofyctl calendar list [--app CLIENT_ID] [--json | --csv]
     cronofyctl calendar revoke --app CLIENT_ID SUB...
     cronofyctl calendar verify --app CLIENT_ID ID

Ejecute «cronofyctl calendar provision --help» (y así sucesivamente) para ver los detalles.</translation>
    </message>
    <message>
        <source>store a data center&apos;s admin API key (from stdin)</source>
        <translation>guardar la clave de la API de administración de un centro de datos (desde stdin)</translation>
    </message>
    <message>
        <source>remove a data center&apos;s admin API key</source>
        <translation>quitar la clave de la API de administración de un centro de datos</translation>
    </message>
    <message>
        <source>create an application; prints its client_id</source>
        <translation>crear una aplicación; muestra su client_id</translation>
    </message>
    <message>
        <source>add an application made in the dashboard, or replace the client secret of one in the list</source>
        <translation>añadir una aplicación creada en el panel o sustituir el secreto de cliente de una de la lista</translation>
    </message>
    <message>
        <source>list the applications</source>
        <translation>listar las aplicaciones</translation>
    </message>
    <message>
        <source>provision application calendars, paced and resumable</source>
        <translation>aprovisionar calendarios de aplicación, con ritmo controlado y reanudable</translation>
    </message>
    <message>
        <source>list application calendars</source>
        <translation>listar calendarios de aplicación</translation>
    </message>
    <message>
        <source>revoke application calendars</source>
        <translation>revocar calendarios de aplicación</translation>
    </message>
    <message>
        <source>check an application calendar</source>
        <translation>comprobar un calendario de aplicación</translation>
    </message>
    <message>
        <source>the admin API key of a data center</source>
        <translation>la clave de la API de administración de un centro de datos</translation>
    </message>
    <message>
        <source>Cronofy applications and their client secrets</source>
        <translation>aplicaciones de Cronofy y sus secretos de cliente</translation>
    </message>
    <message>
        <source>application calendars</source>
        <translation>calendarios de aplicación</translation>
    </message>
    <message>
        <source>done</source>
        <translation>hecho</translation>
    </message>
    <message>
        <source>wrong command line or input; nothing was sent</source>
        <translation>línea de comandos o entrada incorrecta; no se envió nada</translation>
    </message>
    <message>
        <source>Cronofy or the network refused or failed</source>
        <translation>Cronofy o la red rechazó la solicitud o falló</translation>
    </message>
    <message>
        <source>the keychain (or the local list of applications and calendars) could not be read or written; if a new client secret could not be stored, it is printed: save it</source>
        <translation>no se pudo leer o escribir el llavero (o la lista local de aplicaciones y calendarios); si no se pudo guardar un secreto de cliente nuevo, se muestra: guárdelo</translation>
    </message>
    <message>
        <source>a bulk run finished but some calendars failed</source>
        <translation>una ejecución masiva terminó, pero algunos calendarios fallaron</translation>
    </message>
    <message>
        <source>a bulk run was interrupted by Ctrl-C; what finished is saved, and the same command continues where it stopped</source>
        <translation>una ejecución masiva se interrumpió con Ctrl-C; lo terminado está guardado y el mismo comando continúa donde se detuvo</translation>
    </message>
    <message>
        <source>the same, interrupted by SIGTERM</source>
        <translation>lo mismo, interrumpida por SIGTERM</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Uso: %1</translation>
    </message>
    <message>
        <source>Run &quot;cronofyctl %1 ACTION --help&quot; for the options of each action.</source>
        <translation>Ejecute «cronofyctl %1 ACCIÓN --help» para ver las opciones de cada acción.</translation>
    </message>
    <message>
        <source>Usage: cronofyctl COMMAND [options]</source>
        <translation>Uso: cronofyctl COMANDO [opciones]</translation>
    </message>
    <message>
        <source>Cronofy Console on the command line: the same list of applications and calendars and the same keychain as the window.</source>
        <translation>Cronofy Console en la línea de comandos: la misma lista de aplicaciones y calendarios y el mismo llavero que la ventana.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Comandos:</translation>
    </message>
    <message>
        <source>DC is us, au, ca, de, sg or uk, or a base URL (https, or plain http on this computer only).
Secrets are read from standard input, never from the command line.
Run &quot;cronofyctl COMMAND ACTION --help&quot; for the options of each command.</source>
        <translation>DC es us, au, ca, de, sg o uk, o una URL base (https, o http simple solo en este equipo).
Los secretos se leen de la entrada estándar, nunca de la línea de comandos.
Ejecute «cronofyctl COMANDO ACCIÓN --help» para ver las opciones de cada comando.</translation>
    </message>
    <message>
        <source>Say what cronofyctl %1 should do: %2.</source>
        <translation>Indique qué debe hacer cronofyctl %1: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not something cronofyctl %2 can do; use one of: %3.</source>
        <translation>cronofyctl %2 no sabe hacer «%1»; use una de estas: %3.</translation>
    </message>
    <message>
        <source>Exit codes:</source>
        <translation>Códigos de salida:</translation>
    </message>
    <message>
        <source>The password of the shared list %1 could not be read from your keychain: %2</source>
        <translation>No se pudo leer la contraseña de la lista compartida %1 de su llavero: %2</translation>
    </message>
    <message>
        <source>Run &quot;cronofyctl team connect %1&quot; again, or &quot;cronofyctl team disconnect&quot; to work on this computer&apos;s own list.</source>
        <translation>Ejecute de nuevo «cronofyctl team connect %1», o «cronofyctl team disconnect» para trabajar con la lista propia de este equipo.</translation>
    </message>
    <message>
        <source>Usage: cronofyctl COMMAND [options]

Cronofy Console on the command line: the same list of applications and calendars and the same keychain as the window.

Commands:
  admin-key set --data-center DC &lt; key      store a data center&apos;s admin API key (from stdin)
  admin-key remove --data-center DC         remove it
  app create --data-center DC --name NAME --url URL [--show-secret]
                                            create an application; prints its client_id
  app import --data-center DC --client-id ID &lt; client-secret
                                            add an application made in the dashboard, or
                                            replace the client secret of one in the list
  app list [--json]                         list the applications
  calendar provision --app CLIENT_ID (ID... | --csv FILE) [--concurrency N] [--rate N/s]
                     [--per-minute N] [--refresh]
                                            provision application calendars, paced and resumable
  calendar list [--app CLIENT_ID] [--json | --csv]
                                            list application calendars
  calendar revoke --app CLIENT_ID SUB...    revoke application calendars
  calendar verify --app CLIENT_ID ID        check an application calendar
  team connect postgresql://USER@HOST:PORT/DB [--copy-local] &lt; password
                                            work on a team&apos;s shared list (PostgreSQL)
  team status                               which list is in use, and how it is
  team disconnect                           back to this computer&apos;s own list

DC is us, au, ca, de, sg or uk, or a base URL (https, or plain http on this computer only).
Secrets are read from standard input, never from the command line.
Run &quot;cronofyctl COMMAND ACTION --help&quot; for the options of each command.

</source>
        <translation type="vanished">Uso: cronofyctl COMANDO [opciones]

Cronofy Console en la línea de comandos: la misma lista de aplicaciones y calendarios y el mismo llavero que la ventana.

Comandos:
  admin-key set --data-center DC &lt; key      guardar la clave de la API de administración de un centro de datos (desde stdin)
  admin-key remove --data-center DC         eliminarla
  app create --data-center DC --name NAME --url URL [--show-secret]
                                            crear una aplicación; muestra su client_id
  app import --data-center DC --client-id ID [--name NAME] &lt; client-secret
                                            añadir una aplicación creada en el panel
  app set-secret --client-id ID &lt; client-secret
                                            guardar o sustituir el secreto de cliente de una aplicación
  app list [--json]                         enumerar las aplicaciones
  calendar provision --app CLIENT_ID (ID... | --csv FILE) [--concurrency N] [--rate N/s]
                     [--per-minute N] [--refresh]
                                            aprovisionar calendarios de aplicación, a ritmo controlado y reanudable
  calendar list [--app CLIENT_ID] [--json | --csv]
                                            enumerar los calendarios de aplicación
  calendar revoke --app CLIENT_ID SUB...    revocar calendarios de aplicación
  calendar verify --app CLIENT_ID ID        comprobar un calendario de aplicación
  team connect postgresql://USER@HOST:PORT/DB [--copy-local] &lt; contraseña
                                            trabajar con la lista compartida de un equipo (PostgreSQL)
  team status                               qué lista se usa, y en qué estado
  team disconnect                           volver a la lista propia de este equipo

DC es us, au, ca, de, sg o uk, o una URL base (https, o http sin cifrar solo en este equipo).
Los secretos se leen de la entrada estándar, nunca de la línea de comandos.
Ejecute «cronofyctl COMANDO ACCIÓN --help» para ver las opciones de cada comando.

</translation>
    </message>
    <message>
        <source>What was copied before stays; running the same command again copies the rest.</source>
        <translation>Lo ya copiado se conserva; ejecute de nuevo el mismo comando para copiar el resto.</translation>
    </message>
    <message>
        <source>Copied from %1: %2 applications, %3 calendars and %4 activity entries were added; %5 applications and %6 calendars were in the shared list already and were left as they are.</source>
        <translation>Copiado desde %1: se añadieron %2 aplicaciones, %3 calendarios y %4 entradas de actividad; %5 aplicaciones y %6 calendarios ya estaban en la lista compartida y se dejaron como estaban.</translation>
    </message>
    <message>
        <source>Works on a team&apos;s shared list on PostgreSQL from now on, in cronofyctl and in the window. The database password is read from standard input (never from the command line) and kept in the keychain. The list&apos;s tables are created on the first connection. A server on another computer needs ?sslmode=verify-full (and &amp;sslrootcert=/path/to/ca.crt if your team&apos;s certificate authority is its own). --copy-local adds this computer&apos;s own list (applications, calendars, activity) to the shared one; rows already there are left as they are, so running it twice adds nothing.</source>
        <translation>Trabaja a partir de ahora con la lista compartida de un equipo en PostgreSQL, en cronofyctl y en la ventana. La contraseña de la base de datos se lee de la entrada estándar (nunca de la línea de comandos) y se guarda en el llavero. Las tablas de la lista se crean en la primera conexión. Un servidor en otro equipo requiere ?sslmode=verify-full (y &amp;sslrootcert=/ruta/a/ca.crt si su equipo tiene su propia autoridad de certificación). --copy-local añade la lista propia de este equipo (aplicaciones, calendarios, actividad) a la compartida; las filas ya presentes se dejan como están, así que ejecutarlo dos veces no añade nada.</translation>
    </message>
    <message>
        <source>Add this computer&apos;s own list to the shared one (nothing is duplicated).</source>
        <translation>Añadir la lista propia de este equipo a la compartida (nada se duplica).</translation>
    </message>
    <message>
        <source>Give the shared list&apos;s address, for example postgresql://alice@db.example.com:5432/cronofy?sslmode=verify-full.</source>
        <translation>Indique la dirección de la lista compartida, por ejemplo postgresql://alice@db.example.com:5432/cronofy?sslmode=verify-full.</translation>
    </message>
    <message>
        <source>Give one address only; the password is read from standard input.</source>
        <translation>Indique una sola dirección; la contraseña se lee de la entrada estándar.</translation>
    </message>
    <message>
        <source>Password of %1 (not shown): </source>
        <translation>Contraseña de %1 (no se muestra): </translation>
    </message>
    <message>
        <source>Nothing was changed: this computer still works on the list it used before.</source>
        <translation>No se cambió nada: este equipo sigue trabajando con la lista que usaba antes.</translation>
    </message>
    <message>
        <source>Connected: cronofyctl and the window now work on the shared list %1.</source>
        <translation>Conectado: cronofyctl y la ventana trabajan ahora con la lista compartida %1.</translation>
    </message>
    <message>
        <source>List: the shared list %1 (PostgreSQL %2, schema version %3)</source>
        <translation>Lista: la lista compartida %1 (PostgreSQL %2, versión de esquema %3)</translation>
    </message>
    <message>
        <source>Database user: %1</source>
        <translation>Usuario de la base de datos: %1</translation>
    </message>
    <message>
        <source>Database user: %1, writing as the team&apos;s role %2</source>
        <translation>Usuario de la base de datos: %1, escribe con el rol %2 del equipo</translation>
    </message>
    <message>
        <source>Applications: %1, calendars: %2</source>
        <translation>Aplicaciones: %1, calendarios: %2</translation>
    </message>
    <message>
        <source>Search: indexed (pg_trgm)</source>
        <translation>Búsqueda: con índice (pg_trgm)</translation>
    </message>
    <message>
        <source>Search: row by row (the server has no pg_trgm)</source>
        <translation>Búsqueda: fila a fila (el servidor no tiene pg_trgm)</translation>
    </message>
    <message>
        <source>Says which list cronofyctl and the window work on: this computer&apos;s own file, or a team&apos;s shared list on PostgreSQL, and whether the server answers.</source>
        <translation>Indica con qué lista trabajan cronofyctl y la ventana: el archivo propio de este equipo o la lista compartida de un equipo en PostgreSQL, y si el servidor responde.</translation>
    </message>
    <message>
        <source>List: this computer&apos;s own file %1</source>
        <translation>Lista: el archivo propio de este equipo %1</translation>
    </message>
    <message>
        <source>To share it with your team: cronofyctl team connect postgresql://USER@HOST:PORT/DATABASE --copy-local</source>
        <translation>Para compartirla con su equipo: cronofyctl team connect postgresql://USER@HOST:PORT/DATABASE --copy-local</translation>
    </message>
    <message>
        <source>List: the shared list %1</source>
        <translation>Lista: la lista compartida %1</translation>
    </message>
    <message>
        <source>The server answered, but not to the list&apos;s questions.</source>
        <translation>El servidor respondió, pero no a las preguntas de la lista.</translation>
    </message>
    <message>
        <source>Goes back to this computer&apos;s own list file. The shared list and everything in it stay on the server; its password is removed from the keychain.</source>
        <translation>Vuelve al archivo de lista propio de este equipo. La lista compartida y todo su contenido siguen en el servidor; su contraseña se elimina del llavero.</translation>
    </message>
    <message>
        <source>cronofyctl and the window already work on this computer&apos;s own list (%1).</source>
        <translation>cronofyctl y la ventana ya trabajan con la lista propia de este equipo (%1).</translation>
    </message>
    <message>
        <source>cronofyctl and the window work on this computer&apos;s own list again (%1). The shared list %2 is unchanged on its server.</source>
        <translation>cronofyctl y la ventana vuelven a trabajar con la lista propia de este equipo (%1). La lista compartida %2 sigue sin cambios en su servidor.</translation>
    </message>
    <message>
        <source>Its password could not be removed from your keychain: %1</source>
        <translation>No se pudo eliminar su contraseña de su llavero: %1</translation>
    </message>
    <message>
        <source>Usage: cronofyctl team connect postgresql://USER@HOST:PORT/DATABASE [--copy-local] &lt; password
       cronofyctl team status
       cronofyctl team disconnect

Run &quot;cronofyctl team connect --help&quot; for details.</source>
        <translation type="vanished">Uso: cronofyctl team connect postgresql://USER@HOST:PORT/DATABASE [--copy-local] &lt; contraseña
     cronofyctl team status
     cronofyctl team disconnect

Detalles: «cronofyctl team connect --help».</translation>
    </message>
    <message>
        <source>Say what to do with the shared list: connect, status or disconnect.</source>
        <translation type="vanished">Indique qué hacer con la lista compartida: connect, status o disconnect.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not something cronofyctl team can do; use connect, status or disconnect.</source>
        <translation type="vanished">«%1» no es algo que cronofyctl team pueda hacer; use connect, status o disconnect.</translation>
    </message>
    <message>
        <source>Copying the local list: %1 rows</source>
        <translation>Copiando la lista local: %1 filas</translation>
    </message>
    <message>
        <source>work on a team&apos;s shared list (PostgreSQL)</source>
        <translation>trabajar con la lista compartida de un equipo (PostgreSQL)</translation>
    </message>
    <message>
        <source>postgresql://USER@HOST:PORT/DATABASE, without a password.</source>
        <translation>postgresql://USER@HOST:PORT/DATABASE, sin contraseña.</translation>
    </message>
    <message>
        <source>which list is in use, and whether its server answers</source>
        <translation>qué lista se usa, y si su servidor responde</translation>
    </message>
    <message>
        <source>back to this computer&apos;s own list</source>
        <translation>volver a la lista propia de este equipo</translation>
    </message>
    <message>
        <source>a team&apos;s shared list on PostgreSQL, or this computer&apos;s own</source>
        <translation>la lista compartida de un equipo en PostgreSQL, o la propia de este equipo</translation>
    </message>
    <message>
        <source>The list could not be read (%1).</source>
        <translation type="vanished">No se pudo leer la lista (%1).</translation>
    </message>
    <message>
        <source>The list could not be read to the end.</source>
        <translation type="vanished">No se pudo leer la lista hasta el final.</translation>
    </message>
    <message>
        <source>Upgrading the list to version %1 (%2 of %3)…</source>
        <translation>Actualizando la lista a la versión %1 (%2 de %3)…</translation>
    </message>
    <message>
        <source>Dry run: nothing was sent.</source>
        <translation>Simulación: no se ha enviado nada.</translation>
    </message>
    <message>
        <source>Would be provisioned (%1):</source>
        <translation>Se aprovisionarían (%1):</translation>
    </message>
    <message>
        <source>Revoked, would be provisioned again (%1):</source>
        <translation>Revocados, se aprovisionarían de nuevo (%1):</translation>
    </message>
    <message>
        <source>Already provisioned, skipped (%1); --refresh provisions them again:</source>
        <translation>Ya aprovisionados, omitidos (%1); --refresh los aprovisiona de nuevo:</translation>
    </message>
    <message>
        <source>Revoked, skipped (%1); --include-revoked provisions them again:</source>
        <translation>Revocados, omitidos (%1); --include-revoked los aprovisiona de nuevo:</translation>
    </message>
    <message>
        <source>Duplicates, provisioned once (%1):</source>
        <translation>Duplicados, aprovisionados una sola vez (%1):</translation>
    </message>
    <message>
        <source>Invalid (%1):</source>
        <translation>No válidos (%1):</translation>
    </message>
    <message>
        <source>With invalid IDs a run sends nothing: correct or remove them first.</source>
        <translation>Con ID no válidos, una ejecución no envía nada: corríjalos o quítelos primero.</translation>
    </message>
    <message>
        <source>Give either --dry-run or --refresh, not both: a dry run shows what a run without --refresh would do.</source>
        <translation>Indique --dry-run o --refresh, no ambos: una simulación muestra lo que haría una ejecución sin --refresh.</translation>
    </message>
    <message>
        <source>--status takes active, revoked or failed.</source>
        <translation>--status admite active, revoked o failed.</translation>
    </message>
    <message>
        <source>No calendars with the status %1.</source>
        <translation>No hay calendarios con el estado %1.</translation>
    </message>
    <message>
        <source>Would be revoked (%1):</source>
        <translation>Se revocarían (%1):</translation>
    </message>
    <message>
        <source>Already revoked (%1); Cronofy would be asked again:</source>
        <translation>Ya revocados (%1); se volvería a pedir a Cronofy:</translation>
    </message>
    <message>
        <source>Not in the list (%1); Cronofy would be asked to revoke them:</source>
        <translation>No están en la lista (%1); se pediría a Cronofy que los revoque:</translation>
    </message>
    <message>
        <source>Revoking %1 calendars at once needs --yes, or run the command on a terminal to confirm. Nothing was revoked.</source>
        <translation>Para revocar %1 calendarios a la vez hace falta --yes, o ejecute el comando en un terminal para confirmarlo. No se ha revocado nada.</translation>
    </message>
    <message>
        <source>Revoking cannot be undone. Type %1 to revoke %1 calendars: </source>
        <translation>Una revocación no se puede deshacer. Escriba %1 para revocar %1 calendarios: </translation>
    </message>
    <message>
        <source>Nothing was revoked.</source>
        <translation>No se ha revocado nada.</translation>
    </message>
    <message>
        <source>Print what would be done, calendar by calendar, and send nothing.</source>
        <translation>Muestra lo que se haría, calendario por calendario, sin enviar nada.</translation>
    </message>
    <message>
        <source>Only the calendars with this status: active, revoked or failed.</source>
        <translation>Solo los calendarios con este estado: active, revoked o failed.</translation>
    </message>
    <message>
        <source>Revoke more than 10 calendars without asking to type their number (for scripts).</source>
        <translation>Revocar más de 10 calendarios sin pedir que se escriba su número (para scripts).</translation>
    </message>
    <message>
        <source>Give at least one --redirect-uri URI, for example https://example.com/auth/callback.</source>
        <translation>Indique al menos una --redirect-uri URI, por ejemplo https://example.com/auth/callback.</translation>
    </message>
    <message>
        <source>Give --contact-email EMAIL: Cronofy answers there.</source>
        <translation>Indique --contact-email EMAIL: Cronofy responderá allí.</translation>
    </message>
    <message>
        <source>Submitted %1 for verification. Cronofy answers by email to %2.</source>
        <translation>%1 se ha enviado para su verificación. Cronofy responderá por correo electrónico a %2.</translation>
    </message>
    <message>
        <source>Give exactly one calendar ID to get fresh tokens for.</source>
        <translation>Indique exactamente un ID de calendario para el que obtener tokens nuevos.</translation>
    </message>
    <message>
        <source>These tokens give access to the calendar: keep them out of logs, shell history and shared screens.</source>
        <translation>Estos tokens dan acceso al calendario: manténgalos fuera de los registros, del historial del shell y de las pantallas compartidas.</translation>
    </message>
    <message>
        <source>submit an application for verification</source>
        <translation>enviar una aplicación para su verificación</translation>
    </message>
    <message>
        <source>Submits an application to Cronofy for verification, which lifts the limits of an unverified application. Cronofy reviews it and answers by email.</source>
        <translation>Envía una aplicación a Cronofy para su verificación, lo que levanta los límites de una aplicación no verificada. Cronofy la revisa y responde por correo electrónico.</translation>
    </message>
    <message>
        <source>A redirect URI of the application (repeat for several).</source>
        <translation>Una URI de redirección de la aplicación (repítala para varias).</translation>
    </message>
    <message>
        <source>Where Cronofy sends its answer.</source>
        <translation>Dónde envía Cronofy su respuesta.</translation>
    </message>
    <message>
        <source>Who to address (optional).</source>
        <translation>A quién dirigirse (opcional).</translation>
    </message>
    <message>
        <source>print fresh tokens of an application calendar</source>
        <translation>mostrar tokens nuevos de un calendario de aplicación</translation>
    </message>
    <message>
        <source>Gets fresh tokens for an application calendar (provisioning is idempotent) and prints them as JSON on standard output, with Cronofy&apos;s field names. They are never kept in the list, the activity or a log; on a terminal a warning goes to standard error.</source>
        <translation>Obtiene tokens nuevos para un calendario de aplicación (el aprovisionamiento es idempotente) y los muestra como JSON en la salida estándar, con los nombres de campo de Cronofy. Nunca se guardan en la lista, en la actividad ni en un registro; en un terminal, un aviso va a la salida de error estándar.</translation>
    </message>
    <message>
        <source>the activity log: who did what, and what failed</source>
        <translation>el registro de actividad: quién hizo qué y qué falló</translation>
    </message>
    <message>
        <source>Lists every operation in the log, newest first: when, what, on what, the account, the outcome, the HTTP status and the message. A bulk run is one entry with its counts, followed by the calendars that failed in it. Never prints a secret or a token.</source>
        <translation>Lista cada operación del registro, la más reciente primero: cuándo, qué, sobre qué, la cuenta, el resultado, el estado HTTP y el mensaje. Una ejecución masiva es una entrada con sus recuentos, seguida de los calendarios que fallaron en ella. Nunca muestra un secreto ni un token.</translation>
    </message>
    <message>
        <source>Only the operations from this date or time on, e.g. 2026-12-01 (local midnight) or 2026-12-01T18:00:00Z.</source>
        <translation>Solo las operaciones desde esta fecha u hora, p. ej. 2026-12-01 (medianoche local) o 2026-12-01T18:00:00Z.</translation>
    </message>
    <message>
        <source>Only the operations that failed.</source>
        <translation>Solo las operaciones que fallaron.</translation>
    </message>
    <message>
        <source>the activity log</source>
        <translation>el registro de actividad</translation>
    </message>
    <message>
        <source>--since takes a date or a date and time in ISO-8601, such as 2026-12-01 or 2026-12-01T18:00:00Z; &quot;%1&quot; is neither.</source>
        <translation>--since admite una fecha o una fecha y hora en ISO-8601, como 2026-12-01 o 2026-12-01T18:00:00Z; «%1» no es ninguna de las dos.</translation>
    </message>
    <message>
        <source>WHEN</source>
        <translation>CUÁNDO</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>ACCIÓN</translation>
    </message>
    <message>
        <source>CALENDAR_OR_SUB</source>
        <translation>CALENDARIO_O_SUB</translation>
    </message>
    <message>
        <source>ACCOUNT</source>
        <translation>CUENTA</translation>
    </message>
    <message>
        <source>OUTCOME</source>
        <translation>RESULTADO</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>MESSAGE</source>
        <translation>MENSAJE</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>correcta</translation>
    </message>
    <message>
        <source>No operations in the log match.</source>
        <translation>Ninguna operación del registro coincide.</translation>
    </message>
    <message>
        <source>Give the account&apos;s name (see &quot;cronofyctl account list&quot;).</source>
        <translation>Indique el nombre de la cuenta (vea &quot;cronofyctl account list&quot;).</translation>
    </message>
    <message>
        <source>Give the account&apos;s name and its new name.</source>
        <translation>Indique el nombre de la cuenta y su nombre nuevo.</translation>
    </message>
    <message>
        <source>Name the account with --name NAME, for example its organizational unit.</source>
        <translation>Dé nombre a la cuenta con --name NOMBRE, por ejemplo el de su unidad organizativa.</translation>
    </message>
    <message>
        <source>Admin API key of %1 (not shown): </source>
        <translation>Clave de la API de administración de %1 (no se muestra): </translation>
    </message>
    <message>
        <source>The account “%1” (%2) is added; its admin API key is stored in the keychain.</source>
        <translation>La cuenta «%1» (%2) se ha añadido; su clave de la API de administración está guardada en el llavero.</translation>
    </message>
    <message>
        <source>New admin API key of %1 (not shown): </source>
        <translation>Nueva clave de la API de administración de %1 (no se muestra): </translation>
    </message>
    <message>
        <source>The new admin API key of the account “%1” is stored in the keychain.</source>
        <translation>La nueva clave de la API de administración de la cuenta «%1» está guardada en el llavero.</translation>
    </message>
    <message>
        <source>No accounts yet. Add one with &quot;cronofyctl account add --name NAME --data-center DC&quot; (the key on standard input).</source>
        <translation>Aún no hay cuentas. Añada una con &quot;cronofyctl account add --name NOMBRE --data-center DC&quot; (la clave por la entrada estándar).</translation>
    </message>
    <message>
        <source>MISSING</source>
        <translation>FALTA</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>CLAVE</translation>
    </message>
    <message>
        <source>The account “%1” is now named “%2”.</source>
        <translation>La cuenta «%1» ahora se llama «%2».</translation>
    </message>
    <message>
        <source>The account “%1” and its admin API key are removed. The applications it created stay listed.</source>
        <translation>La cuenta «%1» y su clave de la API de administración se han eliminado. Las aplicaciones que creó siguen en la lista.</translation>
    </message>
    <message>
        <source>add an account: a named admin API key (from stdin)</source>
        <translation>añadir una cuenta: una clave de la API de administración con nombre (desde stdin)</translation>
    </message>
    <message>
        <source>Adds an account: an admin API key of one organizational unit, under a name you choose (for example &quot;Acme - customer&quot; or &quot;Staging&quot;). The key is read from standard input (never from the command line) and stored in the keychain. Each data center may have several accounts; no two accounts share a name.</source>
        <translation>Añade una cuenta: una clave de la API de administración de una unidad organizativa, con el nombre que elija (por ejemplo &quot;Acme - cliente&quot; o &quot;Staging&quot;). La clave se lee de la entrada estándar (nunca de la línea de órdenes) y se guarda en el llavero. Cada centro de datos puede tener varias cuentas; no hay dos cuentas con el mismo nombre.</translation>
    </message>
    <message>
        <source>The account&apos;s name.</source>
        <translation>El nombre de la cuenta.</translation>
    </message>
    <message>
        <source>list the accounts</source>
        <translation>listar las cuentas</translation>
    </message>
    <message>
        <source>Lists the accounts: name, data center and whether the keychain holds the key. Never prints a key. With --json, one document {&quot;accounts&quot;: [...]} whose entries have name, data_center, data_center_name, has_key, keychain_entry and last_used.</source>
        <translation>Lista las cuentas: nombre, centro de datos y si el llavero tiene la clave. Nunca muestra una clave. Con --json, un documento {&quot;accounts&quot;: [...]} cuyas entradas tienen name, data_center, data_center_name, has_key, keychain_entry y last_used.</translation>
    </message>
    <message>
        <source>Print one JSON document instead of a table.</source>
        <translation>Mostrar un documento JSON en lugar de una tabla.</translation>
    </message>
    <message>
        <source>rename an account</source>
        <translation>cambiar el nombre de una cuenta</translation>
    </message>
    <message>
        <source>Renames an account. Its key moves to the keychain entry of the new name, and the applications it created are listed under the new name.</source>
        <translation>Cambia el nombre de una cuenta. Su clave pasa a la entrada del llavero del nombre nuevo, y las aplicaciones que creó aparecen con el nombre nuevo.</translation>
    </message>
    <message>
        <source>The account&apos;s name now.</source>
        <translation>El nombre actual de la cuenta.</translation>
    </message>
    <message>
        <source>Its new name.</source>
        <translation>Su nombre nuevo.</translation>
    </message>
    <message>
        <source>replace an account&apos;s admin API key (from stdin)</source>
        <translation>sustituir la clave de la API de administración de una cuenta (desde stdin)</translation>
    </message>
    <message>
        <source>Replaces the admin API key of an account, for example after Cronofy refused it or it was revoked in the dashboard. The key is read from standard input.</source>
        <translation>Sustituye la clave de la API de administración de una cuenta, por ejemplo después de que Cronofy la rechazara o se revocara en el panel. La clave se lee de la entrada estándar.</translation>
    </message>
    <message>
        <source>remove an account and its key</source>
        <translation>eliminar una cuenta y su clave</translation>
    </message>
    <message>
        <source>Removes an account and its admin API key from the keychain. The applications it created stay in the list.</source>
        <translation>Elimina una cuenta y su clave de la API de administración del llavero. Las aplicaciones que creó siguen en la lista.</translation>
    </message>
    <message>
        <source>Stores the admin API key of the account named after a data center (added if needed) in the keychain. The key is read from standard input (never from the command line); on a terminal it is not shown while you type. Find it in the Cronofy dashboard under Admin API. For several keys in one data center, use &quot;cronofyctl account add&quot;.</source>
        <translation>Guarda en el llavero la clave de la API de administración de la cuenta con el nombre de un centro de datos (creada si hace falta). La clave se lee de la entrada estándar (nunca de la línea de órdenes); en un terminal no se muestra mientras escribe. La encontrará en el panel de Cronofy, en Admin API. Para varias claves en un mismo centro de datos, use &quot;cronofyctl account add&quot;.</translation>
    </message>
    <message>
        <source>Removes the admin API key of the account named after a data center from the keychain.</source>
        <translation>Elimina del llavero la clave de la API de administración de la cuenta con el nombre de un centro de datos.</translation>
    </message>
    <message>
        <source>Creates a Cronofy application with an account&apos;s admin API key (see &quot;cronofyctl account add&quot;) and prints its client_id. --data-center alone works when that data center has exactly one account. Its client_secret goes to the keychain; Cronofy shows it only once. If the keychain cannot store it, the secret is printed with a warning and the exit code is 3: save it at once.</source>
        <translation>Crea una aplicación de Cronofy con la clave de la API de administración de una cuenta (vea &quot;cronofyctl account add&quot;) y muestra su client_id. --data-center basta cuando ese centro de datos tiene exactamente una cuenta. Su client_secret va al llavero; Cronofy lo muestra solo una vez. Si el llavero no puede guardarlo, el secreto se muestra con un aviso y el código de salida es 3: guárdelo de inmediato.</translation>
    </message>
    <message>
        <source>The account whose admin API key creates the application (see &quot;cronofyctl account list&quot;).</source>
        <translation>La cuenta cuya clave de la API de administración crea la aplicación (vea &quot;cronofyctl account list&quot;).</translation>
    </message>
    <message>
        <source>accounts: admin API keys, one per organizational unit</source>
        <translation>cuentas: claves de la API de administración, una por unidad organizativa</translation>
    </message>
</context>
<context>
    <name>ConsoleSession</name>
    <message>
        <source>The list of applications and calendars was damaged. It was moved aside to %1 and a new, empty list was started. Nothing in Cronofy was changed.</source>
        <translation>La lista de aplicaciones y calendarios estaba dañada. Se apartó a %1 y se empezó una lista nueva y vacía. No se cambió nada en Cronofy.</translation>
    </message>
</context>
<context>
    <name>CreateApplicationDialog</name>
    <message>
        <source>Create Application</source>
        <translation>Crear aplicación</translation>
    </message>
    <message>
        <source>The application is created in the offline sandbox. Nothing is sent to Cronofy.</source>
        <translation>La aplicación se crea en el entorno de pruebas sin conexión. No se envía nada a Cronofy.</translation>
    </message>
    <message>
        <source>The application is created in your Cronofy account, in the %1 data center.</source>
        <translation>La aplicación se crea en su cuenta de Cronofy, en el centro de datos %1.</translation>
    </message>
    <message>
        <source>Example: Meeting Room Booking</source>
        <translation>Ejemplo: Reserva de salas de reuniones</translation>
    </message>
    <message>
        <source>https://www.example.com</source>
        <translation>https://www.example.com</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>People see this name when they connect their calendar.</source>
        <translation>Las personas ven este nombre cuando conectan su calendario.</translation>
    </message>
    <message>
        <source>&amp;Web address:</source>
        <translation>Dirección &amp;web:</translation>
    </message>
    <message>
        <source>The home page of your application or organisation, such as www.example.com.</source>
        <translation>La página de inicio de su aplicación u organización, por ejemplo www.example.com.</translation>
    </message>
    <message>
        <source>The home page of your application or organisation.</source>
        <translation type="vanished">La página de inicio de su aplicación u organización.</translation>
    </message>
    <message>
        <source>Application name</source>
        <translation>Nombre de la aplicación</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Dirección web</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>C&amp;rear</translation>
    </message>
    <message>
        <source>Create the application</source>
        <translation>Crear la aplicación</translation>
    </message>
    <message>
        <source>Stopped. If Cronofy had already created the application, it still appears in the list with its secret.</source>
        <translation>Detenido. Si Cronofy ya había creado la aplicación, aparece igualmente en la lista con su secreto.</translation>
    </message>
    <message>
        <source>Creating the application…</source>
        <translation>Creando la aplicación…</translation>
    </message>
    <message>
        <source>Admin API &amp;key:</source>
        <translation>C&amp;lave de la API de administración:</translation>
    </message>
    <message>
        <source>Admin API key</source>
        <translation>Clave de la API de administración</translation>
    </message>
    <message>
        <source>Paste the key here</source>
        <translation>Pegue aquí la clave</translation>
    </message>
    <message>
        <source>Save Key and Retr&amp;y</source>
        <translation>&amp;Guardar la clave y reintentar</translation>
    </message>
    <message>
        <source>Save the admin API key and create the application</source>
        <translation>Guardar la clave de la API de administración y crear la aplicación</translation>
    </message>
    <message>
        <source>Cronofy refused the admin API key for %1. Check in the Cronofy dashboard that the key belongs to this data center and is not revoked, paste it below and press Save Key and Retry. What you typed above stays.</source>
        <translation type="vanished">Cronofy rechazó la clave de la API de administración para %1. Compruebe en el panel de Cronofy que la clave pertenece a este centro de datos y no está revocada, péguela abajo y pulse «Guardar la clave y reintentar». Lo que escribió arriba se conserva.</translation>
    </message>
    <message>
        <source>No admin API key is stored for %1 yet. Paste it below and press Save Key and Retry.</source>
        <translation>Todavía no hay ninguna clave de la API de administración guardada para %1. Péguela abajo y pulse «Guardar la clave y reintentar».</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>C&amp;uenta:</translation>
    </message>
    <message>
        <source>Whose admin API key creates the application: the accounts are listed in Settings.</source>
        <translation>La clave de la API de administración que crea la aplicación: las cuentas aparecen en Configuración.</translation>
    </message>
    <message>
        <source>%1 You can also paste the right key below and press Save Key and Retry. What you typed above stays.</source>
        <translation>%1 También puede pegar la clave correcta abajo y pulsar «Guardar la clave y reintentar». Lo que escribió arriba se conserva.</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>The file is not UTF-8 text. Save it as &quot;CSV UTF-8&quot; from your spreadsheet, then try again.</source>
        <translation>El archivo no es texto UTF-8. Guárdelo como «CSV UTF-8» desde su hoja de cálculo y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Line %1 has a quote in the middle of a field. Put the whole field in quotes and double the quotes inside it (&quot;&quot;), then try again.</source>
        <translation>La línea %1 tiene comillas en medio de un campo. Ponga todo el campo entre comillas y duplique las comillas que contiene (&quot;&quot;), y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Line %1 has text after the closing quote of a field. Put a comma after the quote, or the text inside the quotes, then try again.</source>
        <translation>La línea %1 tiene texto después de las comillas de cierre de un campo. Ponga una coma después de las comillas o el texto dentro de ellas, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The file ends inside a quoted field that starts on line %1. Add the closing quote, then try again.</source>
        <translation>El archivo termina dentro de un campo entre comillas que empieza en la línea %1. Añada las comillas de cierre y vuelva a intentarlo.</translation>
    </message>
</context>
<context>
    <name>DataCenter</name>
    <message>
        <source>Enter a data center (us, au, ca, de, sg or uk) or a base URL such as https://api.example.com.</source>
        <translation>Introduzca un centro de datos (us, au, ca, de, sg o uk) o una URL base como https://api.example.com.</translation>
    </message>
    <message>
        <source>The base URL is too long (%1 characters). Enter just the scheme, host, port and optional path, for example https://api.example.com.</source>
        <translation>La URL base es demasiado larga (%1 caracteres). Introduzca solo el esquema, el host, el puerto y una ruta opcional, por ejemplo, https://api.example.com.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address. Enter a base URL that starts with https://, for example https://api.example.com.</source>
        <translation>«%1» no es una dirección web. Introduzca una URL base que empiece por https://, por ejemplo, https://api.example.com.</translation>
    </message>
    <message>
        <source>The base URL must start with https://. Correct it and try again.</source>
        <translation>La URL base debe empezar por https://. Corríjala y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Plain http:// is only allowed for this computer (127.0.0.1 or localhost), because keys and secrets would cross the network unencrypted. Use https:// instead.</source>
        <translation>El http:// sin cifrar solo se permite para este equipo (127.0.0.1 o localhost), porque las claves y los secretos cruzarían la red sin cifrar. Use https:// en su lugar.</translation>
    </message>
    <message>
        <source>The base URL must not contain a user name, a password, a query or a fragment. Enter just the scheme, host, port and optional path.</source>
        <translation>La URL base no debe contener nombre de usuario, contraseña, consulta ni fragmento. Introduzca solo el esquema, el host, el puerto y una ruta opcional.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a data center. Use one of us, au, ca, de, sg or uk, or a base URL such as https://api.example.com.</source>
        <translation>«%1» no es un centro de datos. Use us, au, ca, de, sg o uk, o una URL base como https://api.example.com.</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>Estados Unidos</translation>
    </message>
    <message>
        <source>Australia</source>
        <translation>Australia</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>Canadá</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Alemania</translation>
    </message>
    <message>
        <source>Singapore</source>
        <translation>Singapur</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Reino Unido</translation>
    </message>
    <message>
        <source>Offline sandbox</source>
        <translation>Entorno de pruebas sin conexión</translation>
    </message>
</context>
<context>
    <name>DataCenterPicker</name>
    <message>
        <source>Data center</source>
        <translation>Centro de datos</translation>
    </message>
    <message>
        <source>The region your Cronofy account lives in. It is shown in the address of your Cronofy dashboard, for example app-de.cronofy.com for Germany.</source>
        <translation>La región en la que está su cuenta de Cronofy. Aparece en la dirección de su panel de Cronofy, por ejemplo, app-de.cronofy.com para Alemania.</translation>
    </message>
    <message>
        <source>Other (base URL)…</source>
        <translation>Otro (URL base)…</translation>
    </message>
    <message>
        <source>Offline sandbox — nothing is sent to Cronofy</source>
        <translation>Entorno de pruebas sin conexión: no se envía nada a Cronofy</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>URL base</translation>
    </message>
    <message>
        <source>https://api.example.com or http://127.0.0.1:8080</source>
        <translation>https://api.example.com o http://127.0.0.1:8080</translation>
    </message>
    <message>
        <source>For a proxy or a local test server. Plain http is allowed only for this computer (127.0.0.1 or localhost).</source>
        <translation>Para un proxy o un servidor de pruebas local. El http sin cifrar solo se permite para este equipo (127.0.0.1 o localhost).</translation>
    </message>
    <message>
        <source>Problem with the base URL</source>
        <translation>Problema con la URL base</translation>
    </message>
    <message>
        <source>Type the base URL, for example https://api.example.com.</source>
        <translation>Escriba la URL base, por ejemplo, https://api.example.com.</translation>
    </message>
    <message>
        <source>Base URL:</source>
        <translation>URL base:</translation>
    </message>
</context>
<context>
    <name>DisplayCheck</name>
    <message>
        <source>Cronofy Console found no display to open its window on: run it on a desktop, connect with &quot;ssh -X&quot;, or use %1, which needs no display.</source>
        <extracomment>Printed when cronofy-console starts without a graphical desktop (e.g. over SSH); %1 is the command &quot;cronofyctl&quot; or its full path. Keep &quot;ssh -X&quot; as it is.</extracomment>
        <translation>Cronofy Console no encontró ninguna pantalla en la que abrir su ventana: ejecútelo en un escritorio, conéctese con «ssh -X» o use %1, que no necesita pantalla.</translation>
    </message>
</context>
<context>
    <name>ErrorPresenter</name>
    <message>
        <source>Problem with this field</source>
        <translation>Problema con este campo</translation>
    </message>
</context>
<context>
    <name>FreshTokensDialog</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n segundo</numerusform>
            <numerusform>%n segundos</numerusform>
        </translation>
    </message>
    <message>
        <source>Fresh tokens for “%1”</source>
        <translation>Tokens nuevos para «%1»</translation>
    </message>
    <message numerus="yes">
        <source>Cronofy issued a fresh access token for “%1”. Paste it where it is needed; it works for about %n minute(s). The refresh token lets a program get new access tokens later. Treat both like passwords: they are not shown here and not kept by the console.</source>
        <translation>
            <numerusform>Cronofy emitió un token de acceso nuevo para «%1». Péguelo donde se necesite; funciona durante unos %n minuto. El token de actualización permite que un programa obtenga más adelante tokens de acceso nuevos. Trate ambos como contraseñas: no se muestran aquí y la consola no los guarda.</numerusform>
            <numerusform>Cronofy emitió un token de acceso nuevo para «%1». Péguelo donde se necesite; funciona durante unos %n minutos. El token de actualización permite que un programa obtenga más adelante tokens de acceso nuevos. Trate ambos como contraseñas: no se muestran aquí y la consola no los guarda.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy &amp;access token again</source>
        <translation>Copiar de nuevo el token de &amp;acceso</translation>
    </message>
    <message>
        <source>Copy the access token again</source>
        <translation>Copiar de nuevo el token de acceso</translation>
    </message>
    <message>
        <source>Copy &amp;refresh token</source>
        <translation>Copiar el token de ac&amp;tualización</translation>
    </message>
    <message>
        <source>Copy the refresh token</source>
        <translation>Copiar el token de actualización</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>The clipboard was cleared.</source>
        <translation>Se vació el portapapeles.</translation>
    </message>
    <message>
        <source>The refresh token is on the clipboard. It will be cleared in %1, unless you copy something else first.</source>
        <extracomment>%1 is a duration such as &quot;30 seconds&quot;.</extracomment>
        <translation>El token de actualización está en el portapapeles. Se borrará en %1, salvo que antes copie otra cosa.</translation>
    </message>
    <message>
        <source>The access token is on the clipboard. It will be cleared in %1, unless you copy something else first.</source>
        <translation>El token de acceso está en el portapapeles. Se borrará en %1, salvo que antes copie otra cosa.</translation>
    </message>
</context>
<context>
    <name>ImportApplicationDialog</name>
    <message>
        <source>Import Application</source>
        <translation>Importar aplicación</translation>
    </message>
    <message>
        <source>Add an application that was made in the Cronofy dashboard. You find its client ID and client secret there, on the application&apos;s Credentials page. It is checked with %1 before it is added.</source>
        <translation>Añada una aplicación creada en el panel de Cronofy. Encontrará allí su ID de cliente y su secreto de cliente, en la página «Credentials» de la aplicación. Se comprueba con %1 antes de añadirla.</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation type="vanished">&amp;ID de cliente:</translation>
    </message>
    <message>
        <source>Client I&amp;D:</source>
        <translation>&amp;ID de cliente:</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>&amp;Secreto de cliente:</translation>
    </message>
    <message>
        <source>Kept in this computer&apos;s keychain, never in a file.</source>
        <translation>Se guarda en el llavero de este equipo, nunca en un archivo.</translation>
    </message>
    <message>
        <source>&amp;Name (optional):</source>
        <translation>&amp;Nombre (opcional):</translation>
    </message>
    <message>
        <source>How the application is listed here. Leave it empty to use the client ID.</source>
        <translation>Cómo aparece la aplicación aquí. Déjelo vacío para usar el ID de cliente.</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>ID de cliente</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Secreto de cliente</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>I&amp;mportar</translation>
    </message>
    <message>
        <source>Import the application</source>
        <translation>Importar la aplicación</translation>
    </message>
    <message>
        <source>Stopped. Nothing was added.</source>
        <translation>Detenido. No se añadió nada.</translation>
    </message>
    <message>
        <source>Checking the credentials with Cronofy…</source>
        <translation>Comprobando las credenciales con Cronofy…</translation>
    </message>
</context>
<context>
    <name>Localization</name>
    <message>
        <source>Same as the system (%1)</source>
        <extracomment>A choice in Settings &gt; Language; %1 is the name of the system&apos;s language, e.g. &quot;Deutsch&quot;.</extracomment>
        <translation>Igual que el sistema (%1)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Offline sandbox — nothing is sent to Cronofy. Connect your account in Settings.</source>
        <translation>Entorno de pruebas sin conexión: no se envía nada a Cronofy. Conecte su cuenta en la configuración.</translation>
    </message>
    <message>
        <source>Offline mode</source>
        <translation>Modo sin conexión</translation>
    </message>
    <message>
        <source>&amp;Applications</source>
        <translation>&amp;Aplicaciones</translation>
    </message>
    <message>
        <source>&amp;Calendars</source>
        <translation>&amp;Calendarios</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>C&amp;onfiguración</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>Data center in use</source>
        <translation>Centro de datos en uso</translation>
    </message>
    <message>
        <source>Starting the offline sandbox…</source>
        <translation>Iniciando el entorno de pruebas sin conexión…</translation>
    </message>
    <message>
        <source>Cronofy Console — Offline sandbox</source>
        <translation type="vanished">Cronofy Console: entorno de pruebas sin conexión</translation>
    </message>
    <message>
        <source>Sandbox — nothing is sent to Cronofy</source>
        <translation>Entorno de pruebas: no se envía nada a Cronofy</translation>
    </message>
    <message>
        <source>Cronofy Console — %1</source>
        <translation type="vanished">Cronofy Console: %1</translation>
    </message>
    <message>
        <source>Data center: %1 (%2)</source>
        <translation>Centro de datos: %1 (%2)</translation>
    </message>
    <message>
        <source>Cronofy Console</source>
        <translation type="vanished">Cronofy Console</translation>
    </message>
    <message>
        <source>Not connected yet</source>
        <translation>Aún sin conectar</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>Arc&amp;hivo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Ayuda</translation>
    </message>
    <message>
        <source>&amp;About Cronofy Console</source>
        <translation>&amp;Acerca de Cronofy Console</translation>
    </message>
    <message>
        <source>About Cronofy Console</source>
        <translation>Acerca de Cronofy Console</translation>
    </message>
    <message>
        <source>Cronofy Console %1</source>
        <extracomment>%1 is the version number</extracomment>
        <translation>Cronofy Console %1</translation>
    </message>
    <message>
        <source>Creates Cronofy applications and application calendars, and keeps their secrets in this computer&apos;s keychain.</source>
        <translation>Crea aplicaciones de Cronofy y calendarios de aplicación, y guarda sus secretos en el llavero de este equipo.</translation>
    </message>
    <message>
        <source>Free software under the MIT licence. It comes with no warranty.</source>
        <translation>Software libre con licencia MIT. Se ofrece sin ninguna garantía.</translation>
    </message>
    <message>
        <source>Project home page and source code</source>
        <translation>Página del proyecto y código fuente</translation>
    </message>
    <message>
        <source>Report a problem</source>
        <translation>Informar de un problema</translation>
    </message>
    <message>
        <source>Cronofy&apos;s developer documentation</source>
        <translation>Documentación para desarrolladores de Cronofy</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Offline sandbox</source>
        <translation>Entorno de pruebas sin conexión</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation type="vanished">&amp;Detalles</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Show technical details</source>
        <translation>Mostrar los detalles técnicos</translation>
    </message>
    <message>
        <source>Show the technical details, for example to send them to support</source>
        <translation>Mostrar los detalles técnicos, por ejemplo, para enviarlos al soporte</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close the message</source>
        <translation>Cerrar el mensaje</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>Detalles técnicos</translation>
    </message>
</context>
<context>
    <name>OfflineSandbox</name>
    <message>
        <source>The offline sandbox needs the keychain for its admin key. %1</source>
        <translation>El entorno de pruebas sin conexión necesita el llavero para su clave de administración. %1</translation>
    </message>
    <message>
        <source>The offline sandbox could not start: %1</source>
        <translation>No se pudo iniciar el entorno de pruebas sin conexión: %1</translation>
    </message>
</context>
<context>
    <name>OnceShownSecretDialog</name>
    <message>
        <source>&amp;Retry storing in the keychain</source>
        <translation>&amp;Reintentar guardar en el llavero</translation>
    </message>
    <message>
        <source>I have &amp;stored the client secret elsewhere</source>
        <translation>He guardado el &amp;secreto de cliente en otro lugar</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>&amp;Provision a Calendar…</source>
        <translation>A&amp;provisionar un calendario…</translation>
    </message>
    <message>
        <source>Application Created</source>
        <translation>Aplicación creada</translation>
    </message>
    <message>
        <source>The application was created.</source>
        <translation>Se creó la aplicación.</translation>
    </message>
    <message>
        <source>Cronofy shows the client secret only once. Cronofy Console keeps it in this computer&apos;s keychain, so you do not need to write it down.</source>
        <translation>Cronofy muestra el secreto de cliente solo una vez. Cronofy Console lo guarda en el llavero de este equipo, así que no necesita anotarlo.</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>ID de cliente</translation>
    </message>
    <message>
        <source>Copy &amp;ID</source>
        <translation>Copiar &amp;ID</translation>
    </message>
    <message>
        <source>Copy the client ID</source>
        <translation>Copiar el ID de cliente</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Secreto de cliente</translation>
    </message>
    <message>
        <source>Copy s&amp;ecret</source>
        <translation>Copiar s&amp;ecreto</translation>
    </message>
    <message>
        <source>Copy the client secret</source>
        <translation>Copiar el secreto de cliente</translation>
    </message>
    <message>
        <source>The clipboard is cleared after 30 seconds, unless you copy something else.</source>
        <translation>El portapapeles se vacía a los 30 segundos, salvo que copie otra cosa.</translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation>ID de cliente:</translation>
    </message>
    <message>
        <source>Client secret:</source>
        <translation>Secreto de cliente:</translation>
    </message>
    <message>
        <source>Retry storing the client secret in the keychain</source>
        <translation>Reintentar guardar el secreto de cliente en el llavero</translation>
    </message>
    <message>
        <source>I have stored the client secret elsewhere</source>
        <translation>He guardado el secreto de cliente en otro lugar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close and provision a calendar for the new application</source>
        <translation>Cerrar y aprovisionar un calendario para la nueva aplicación</translation>
    </message>
    <message>
        <source>Close this window and provision the application&apos;s first calendar</source>
        <translation>Cerrar esta ventana y aprovisionar el primer calendario de la aplicación</translation>
    </message>
    <message>
        <source>The client secret is on the clipboard for 30 seconds.</source>
        <translation>El secreto de cliente está en el portapapeles durante 30 segundos.</translation>
    </message>
    <message>
        <source>The client secret is on the clipboard for 30 seconds. Paste it into your password manager now.</source>
        <translation>El secreto de cliente está en el portapapeles durante 30 segundos. Péguelo ahora en su gestor de contraseñas.</translation>
    </message>
    <message>
        <source>The client secret was NOT stored in the keychain. %1 Then press Retry, or copy the secret into your password manager now: Cronofy will not show it again.</source>
        <translation>El secreto de cliente NO se guardó en el llavero. %1 Después pulse Reintentar o copie ahora el secreto en su gestor de contraseñas: Cronofy no volverá a mostrarlo.</translation>
    </message>
    <message>
        <source>Cronofy shows the client secret only once, and this computer&apos;s keychain did not take it. Keep it safe before you close this window.</source>
        <translation>Cronofy muestra el secreto de cliente solo una vez y el llavero de este equipo no lo aceptó. Guárdelo en un lugar seguro antes de cerrar esta ventana.</translation>
    </message>
    <message>
        <source>Store the secret first: press Retry, or tick &quot;I have stored the client secret elsewhere&quot;.</source>
        <translation>Guarde primero el secreto: pulse Reintentar o marque «He guardado el secreto de cliente en otro lugar».</translation>
    </message>
    <message>
        <source>The client secret is now stored in this computer&apos;s keychain.</source>
        <translation>El secreto de cliente ya está guardado en el llavero de este equipo.</translation>
    </message>
    <message>
        <source>The client secret is still NOT stored. %1</source>
        <translation>El secreto de cliente sigue SIN guardarse. %1</translation>
    </message>
    <message>
        <source>This window stays open until the client secret is safe: press Retry, or copy the secret into your password manager and tick &quot;I have stored the client secret elsewhere&quot;.</source>
        <translation>Esta ventana permanece abierta hasta que el secreto de cliente esté a salvo: pulse Reintentar o copie el secreto en su gestor de contraseñas y marque «He guardado el secreto de cliente en otro lugar».</translation>
    </message>
</context>
<context>
    <name>OperationsModel</name>
    <message>
        <source>When</source>
        <translation type="vanished">Cuándo</translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="vanished">Acción</translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="vanished">Destino</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="vanished">Resultado</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation type="vanished">Estado HTTP</translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="vanished">Mensaje</translation>
    </message>
</context>
<context>
    <name>PostgresAddress</name>
    <message>
        <source>&quot;%1&quot; is not a PostgreSQL address. Write it as %2.</source>
        <translation>«%1» no es una dirección de PostgreSQL. Escríbala como %2.</translation>
    </message>
    <message>
        <source>Leave the password out of the address: it is asked for separately and kept in your keychain. Write the address as %1.</source>
        <translation>No ponga la contraseña en la dirección: se pide aparte y se guarda en su llavero. Escriba la dirección como %1.</translation>
    </message>
    <message>
        <source>The address names no user: write the database user before the host, as in %1.</source>
        <translation>La dirección no indica ningún usuario: escriba el usuario de la base de datos antes del host, como en %1.</translation>
    </message>
    <message>
        <source>The address names no server: write its host name after the user, as in %1.</source>
        <translation>La dirección no indica ningún servidor: escriba su nombre de host después del usuario, como en %1.</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535 (PostgreSQL&apos;s usual port is 5432).</source>
        <translation>El puerto debe ser un número de 1 a 65535 (el puerto habitual de PostgreSQL es 5432).</translation>
    </message>
    <message>
        <source>The address names no database: write its name after the port, as in %1.</source>
        <translation>La dirección no indica ninguna base de datos: escriba su nombre después del puerto, como en %1.</translation>
    </message>
    <message>
        <source>sslmode=%1 is not offered: use sslmode=verify-full (TLS, the server&apos;s certificate and name checked), or leave it out for a server on this computer.</source>
        <translation>sslmode=%1 no está disponible: use sslmode=verify-full (TLS, con el certificado y el nombre del servidor comprobados), u omítalo para un servidor en este equipo.</translation>
    </message>
    <message>
        <source>sslrootcert must be the full path of the root certificate file (for example /etc/ssl/certs/team-ca.crt), not &quot;%1&quot;.</source>
        <translation>sslrootcert debe ser la ruta completa del archivo del certificado raíz (por ejemplo /etc/ssl/certs/team-ca.crt), no «%1».</translation>
    </message>
    <message>
        <source>The address option &quot;%1&quot; is not offered: only sslmode and sslrootcert may follow the database name.</source>
        <translation>La opción de dirección «%1» no está disponible: solo sslmode y sslrootcert pueden seguir al nombre de la base de datos.</translation>
    </message>
    <message>
        <source>The server %1 is on another computer, so the connection must be encrypted and the server checked: add ?sslmode=verify-full to the address (and &amp;sslrootcert=/path/to/ca.crt if your team&apos;s server certificate is signed by its own authority).</source>
        <translation>El servidor %1 está en otro equipo, así que la conexión debe cifrarse y el servidor comprobarse: añada ?sslmode=verify-full a la dirección (y &amp;sslrootcert=/ruta/a/ca.crt si el certificado del servidor de su equipo lo firma su propia autoridad).</translation>
    </message>
    <message>
        <source>sslrootcert is only used with TLS: add sslmode=verify-full to the address.</source>
        <translation>sslrootcert solo se usa con TLS: añada sslmode=verify-full a la dirección.</translation>
    </message>
</context>
<context>
    <name>ProvisionCalendarDialog</name>
    <message>
        <source>Provision a Calendar</source>
        <translation>Aprovisionar un calendario</translation>
    </message>
    <message>
        <source>An application calendar is a calendar that Cronofy keeps for one of your applications. Give it an ID you will recognise, such as the name of a room or a person. Provisioning an ID that already exists is safe: you get the same calendar back.</source>
        <translation>Un calendario de aplicación es un calendario que Cronofy mantiene para una de sus aplicaciones. Asígnele un ID que reconozca, como el nombre de una sala o de una persona. Aprovisionar un ID que ya existe es seguro: recupera el mismo calendario.</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Aplicación</translation>
    </message>
    <message>
        <source>The application the calendar belongs to</source>
        <translation>La aplicación a la que pertenece el calendario</translation>
    </message>
    <message>
        <source>There is no application yet. Create or import one on the Applications page first.</source>
        <translation>Todavía no hay ninguna aplicación. Cree o importe una primero en la página Aplicaciones.</translation>
    </message>
    <message>
        <source>Calendar ID</source>
        <translation>ID del calendario</translation>
    </message>
    <message>
        <source>A name for the calendar that is unique within the application</source>
        <translation>Un nombre para el calendario que sea único dentro de la aplicación</translation>
    </message>
    <message>
        <source>For example: meeting-room-3</source>
        <translation>Por ejemplo: sala-reuniones-3</translation>
    </message>
    <message>
        <source>Problem with the calendar ID</source>
        <translation>Problema con el ID del calendario</translation>
    </message>
    <message>
        <source>A&amp;pplication:</source>
        <translation>&amp;Aplicación:</translation>
    </message>
    <message>
        <source>Calendar &amp;ID:</source>
        <translation>&amp;ID del calendario:</translation>
    </message>
    <message>
        <source>Provisioning in progress</source>
        <translation>Aprovisionamiento en curso</translation>
    </message>
    <message>
        <source>Asking Cronofy for the calendar…</source>
        <translation>Solicitando el calendario a Cronofy…</translation>
    </message>
    <message>
        <source>Provisioned calendar</source>
        <translation>Calendario aprovisionado</translation>
    </message>
    <message>
        <source>Calendar sub</source>
        <translation>Sub del calendario</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Copy s&amp;ub</source>
        <translation>Copiar s&amp;ub</translation>
    </message>
    <message>
        <source>Copy the calendar sub</source>
        <translation>Copiar el sub del calendario</translation>
    </message>
    <message>
        <source>Copy p&amp;rofile ID</source>
        <translation>Copiar ID de p&amp;erfil</translation>
    </message>
    <message>
        <source>Copy the profile ID</source>
        <translation>Copiar el ID del perfil</translation>
    </message>
    <message>
        <source>Sub:</source>
        <translation>Sub:</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Perfil:</translation>
    </message>
    <message>
        <source>Pro&amp;vision</source>
        <translation>A&amp;provisionar</translation>
    </message>
    <message>
        <source>Provision the calendar</source>
        <translation>Aprovisionar el calendario</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Choose the application the calendar belongs to. If the list is empty, create or import an application on the Applications page first.</source>
        <translation>Elija la aplicación a la que pertenece el calendario. Si la lista está vacía, cree o importe primero una aplicación en la página Aplicaciones.</translation>
    </message>
    <message>
        <source>Stopped waiting for Cronofy. If the calendar was created meanwhile, provisioning the same ID again is safe and shows it.</source>
        <translation>Se dejó de esperar a Cronofy. Si el calendario se creó mientras tanto, volver a aprovisionar el mismo ID es seguro y lo muestra.</translation>
    </message>
    <message>
        <source>The calendar “%1” is ready.</source>
        <translation>El calendario «%1» está listo.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Cancel the request</source>
        <translation>Cancelar la solicitud</translation>
    </message>
</context>
<context>
    <name>ProvisioningService</name>
    <message>
        <source>The address is too long (%1 characters). Use an address of at most %2 characters.</source>
        <translation>La dirección es demasiado larga (%1 caracteres). Use una dirección de %2 caracteres como máximo.</translation>
    </message>
    <message>
        <source>The address contains invisible control characters. Type it again or paste it as plain text.</source>
        <translation>La dirección contiene caracteres de control invisibles. Vuelva a escribirla o péguela como texto sin formato.</translation>
    </message>
    <message>
        <source>A web address cannot contain spaces. Check the address and try again.</source>
        <translation>Una dirección web no puede contener espacios. Revise la dirección y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Start the address with https:// (for example %1).</source>
        <translation>Empiece la dirección con https:// (por ejemplo, %1).</translation>
    </message>
    <message>
        <source>Enter a web address that starts with https:// or http:// (for example %1).</source>
        <translation>Introduzca una dirección web que empiece por https:// o http:// (por ejemplo, %1).</translation>
    </message>
    <message>
        <source>The address has no host name. Enter a complete address such as %1.</source>
        <translation>La dirección no tiene nombre de host. Introduzca una dirección completa, como %1.</translation>
    </message>
    <message>
        <source>Enter a name for the application. People see it when they connect their calendar.</source>
        <translation>Introduzca un nombre para la aplicación. Las personas lo ven cuando conectan su calendario.</translation>
    </message>
    <message>
        <source>The name is too long (%1 characters). Use at most %2 characters.</source>
        <translation>El nombre es demasiado largo (%1 caracteres). Use %2 caracteres como máximo.</translation>
    </message>
    <message>
        <source>The name contains invisible control characters. Type it again.</source>
        <translation>El nombre contiene caracteres de control invisibles. Vuelva a escribirlo.</translation>
    </message>
    <message>
        <source>Enter the web address of the application&apos;s home page, for example https://example.com.</source>
        <translation>Introduzca la dirección web de la página de inicio de la aplicación, por ejemplo, https://example.com.</translation>
    </message>
    <message>
        <source>Enter a calendar ID: any text that names this calendar in your organisation, for example meeting-room-3.</source>
        <translation>Introduzca un ID de calendario: cualquier texto que identifique este calendario en su organización, por ejemplo, sala-reuniones-3.</translation>
    </message>
    <message>
        <source>The calendar ID is too long (%1 characters). Use at most %2 characters.</source>
        <translation>El ID del calendario es demasiado largo (%1 caracteres). Use %2 caracteres como máximo.</translation>
    </message>
    <message>
        <source>The calendar ID contains invisible control characters (such as a tab or line break). Type it again.</source>
        <translation>El ID del calendario contiene caracteres de control invisibles (como un tabulador o un salto de línea). Vuelva a escribirlo.</translation>
    </message>
    <message>
        <source>Enter at least one redirect address (one per line), for example https://example.com/auth/callback.</source>
        <translation>Introduzca al menos una dirección de redirección (una por línea), por ejemplo, https://example.com/auth/callback.</translation>
    </message>
    <message>
        <source>Redirect address &quot;%1&quot;: %2</source>
        <translation>Dirección de redirección «%1»: %2</translation>
    </message>
    <message>
        <source>Enter a contact email address, so Cronofy can reach you about the verification.</source>
        <translation>Introduzca una dirección de correo electrónico de contacto para que Cronofy pueda comunicarse con usted sobre la verificación.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address. Enter one such as name@example.com.</source>
        <translation>«%1» no es una dirección de correo electrónico. Introduzca una como nombre@example.com.</translation>
    </message>
    <message>
        <source>The contact name must be at most %1 characters of plain text.</source>
        <translation>El nombre de contacto debe tener como máximo %1 caracteres de texto sin formato.</translation>
    </message>
    <message>
        <source>This field is empty. Paste the value from the Cronofy dashboard.</source>
        <translation>Este campo está vacío. Pegue el valor del panel de Cronofy.</translation>
    </message>
    <message>
        <source>This value is too long (%1 characters) to be a Cronofy key or ID. Copy it again from the Cronofy dashboard.</source>
        <translation>Este valor es demasiado largo (%1 caracteres) para ser una clave o un ID de Cronofy. Cópielo de nuevo del panel de Cronofy.</translation>
    </message>
    <message>
        <source>This value contains spaces or invisible characters. Copy it again from the Cronofy dashboard and paste it as plain text.</source>
        <translation>Este valor contiene espacios o caracteres invisibles. Cópielo de nuevo del panel de Cronofy y péguelo como texto sin formato.</translation>
    </message>
    <message>
        <source>This value contains letters or symbols that Cronofy keys and IDs never have (such as accents or quotation marks from a word processor). Copy it again from the Cronofy dashboard.</source>
        <translation>Este valor contiene letras o símbolos que las claves y los ID de Cronofy nunca tienen (como acentos o comillas tipográficas de un procesador de textos). Cópielo de nuevo del panel de Cronofy.</translation>
    </message>
    <message>
        <source>The application %1 is not in the list. Create or import it first.</source>
        <translation>La aplicación %1 no está en la lista. Créela o impórtela primero.</translation>
    </message>
    <message>
        <source>The application %1 was created in the offline sandbox, which is not running. Switch to offline mode in Settings to use it.</source>
        <translation>La aplicación %1 se creó en el entorno de pruebas sin conexión, que no se está ejecutando. Cambie al modo sin conexión en la configuración para usarla.</translation>
    </message>
    <message>
        <source>No admin API key is stored for %1 yet. Enter it in Settings (you find it in the Cronofy dashboard under Admin API), then try again.</source>
        <translation type="vanished">Todavía no hay ninguna clave de la API de administración guardada para %1. Introdúzcala en la configuración (la encontrará en el panel de Cronofy, en «Admin API») y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The name is too long. Use at most 200 characters.</source>
        <translation>El nombre es demasiado largo. Use 200 caracteres como máximo.</translation>
    </message>
    <message>
        <source>This application is already in the list. To enter a new client secret for it, use Replace client secret.</source>
        <translation>Esta aplicación ya está en la lista. Para introducir un secreto de cliente nuevo, use «Sustituir secreto de cliente».</translation>
    </message>
    <message>
        <source>The client secret of %1 is not in the keychain. Find it in the Cronofy dashboard and enter it with Replace client secret.</source>
        <translation>El secreto de cliente de %1 no está en el llavero. Búsquelo en el panel de Cronofy e introdúzcalo con «Sustituir secreto de cliente».</translation>
    </message>
    <message>
        <source>There is no account named “%1”. The accounts are listed in Settings (and by &quot;cronofyctl account list&quot;).</source>
        <translation>No hay ninguna cuenta llamada «%1». Las cuentas aparecen en Configuración (y con &quot;cronofyctl account list&quot;).</translation>
    </message>
    <message>
        <source>Enter a name for the account, such as the organizational unit it belongs to.</source>
        <translation>Escriba un nombre para la cuenta, por ejemplo la unidad organizativa a la que pertenece.</translation>
    </message>
    <message>
        <source>The account name is too long. Use at most %1 characters.</source>
        <translation>El nombre de la cuenta es demasiado largo. Use como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>The account name contains invisible control characters. Type it again or paste it as plain text.</source>
        <translation>El nombre de la cuenta contiene caracteres de control invisibles. Escríbalo de nuevo o péguelo como texto sin formato.</translation>
    </message>
    <message>
        <source>There is already an account named “%1” (%2). Choose another name.</source>
        <translation>Ya existe una cuenta llamada «%1» (%2). Elija otro nombre.</translation>
    </message>
    <message>
        <source>The account “%1” is in %2, not in %3. Leave out the data center, or choose an account of %3.</source>
        <translation>La cuenta «%1» está en %2, no en %3. Omita el centro de datos o elija una cuenta de %3.</translation>
    </message>
    <message>
        <source>Say which account to use.</source>
        <translation>Indique qué cuenta usar.</translation>
    </message>
    <message>
        <source>There are %1 accounts in %2 (%3): say which one to use.</source>
        <translation>Hay %1 cuentas en %2 (%3): indique cuál usar.</translation>
    </message>
    <message>
        <source>No admin API key is stored for the account “%1” (%2) yet. Enter it in Settings (you find it in the Cronofy dashboard under Admin API), then try again.</source>
        <translation>Todavía no hay ninguna clave de la API de administración guardada para la cuenta «%1» (%2). Introdúzcala en Configuración (la encontrará en el panel de Cronofy, en Admin API) y vuelva a intentarlo.</translation>
    </message>
</context>
<context>
    <name>RecordText</name>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revocado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Offline sandbox</source>
        <translation>Entorno de pruebas sin conexión</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importada</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <source>In the keychain</source>
        <translation>En el llavero</translation>
    </message>
    <message>
        <source>Not stored</source>
        <translation>Sin guardar</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Correcto</translation>
    </message>
</context>
<context>
    <name>Registry</name>
    <message>
        <source>the list was written by a newer version of Cronofy Console (schema version %1); update Cronofy Console</source>
        <translation>la lista la escribió una versión más reciente de Cronofy Console (versión de esquema %1); actualice Cronofy Console</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>no conectado</translation>
    </message>
</context>
<context>
    <name>RegistryError</name>
    <message>
        <source>The list of what was provisioned cannot be opened at %1. Check that the folder exists and that you may write to it, then try again.</source>
        <translation>No se puede abrir la lista de lo aprovisionado en %1. Compruebe que la carpeta exista y que pueda escribir en ella, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The list of what was provisioned is in a folder that cannot be written to (%1), so nothing was saved. Make the folder writable, then try again.</source>
        <translation>La lista de lo aprovisionado está en una carpeta en la que no se puede escribir (%1), así que no se guardó nada. Haga que la carpeta admita escritura y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The disk is full, so nothing was saved. Free some space, then try again.</source>
        <translation>El disco está lleno, así que no se guardó nada. Libere espacio y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The list of what was provisioned (%1) is damaged, so nothing was saved. Restart Cronofy Console: it moves the damaged file aside, keeps it, and starts a fresh list.</source>
        <translation>La lista de lo aprovisionado (%1) está dañada, así que no se guardó nada. Reinicie Cronofy Console: aparta el archivo dañado, lo conserva y empieza una lista nueva.</translation>
    </message>
    <message>
        <source>Another program holds the list of what was provisioned (for example cronofyctl or a second window). Close it, then try again.</source>
        <translation>Otro programa tiene abierta la lista de lo aprovisionado (por ejemplo, cronofyctl o una segunda ventana). Ciérrelo y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The list of what was provisioned could not be updated (%1). Nothing was saved. Try again; if it keeps failing, restart Cronofy Console.</source>
        <translation>No se pudo actualizar la lista de lo aprovisionado (%1). No se guardó nada. Vuelva a intentarlo; si sigue fallando, reinicie Cronofy Console.</translation>
    </message>
    <message>
        <source>The shared list on %1 cannot be reached (%2). Check that the server is running and that this computer can reach it; nothing is lost, try again once it answers.</source>
        <translation>No se puede acceder a la lista compartida en %1 (%2). Compruebe que el servidor está en marcha y que este equipo puede acceder a él; no se pierde nada, vuelva a intentarlo cuando responda.</translation>
    </message>
    <message>
        <source>The server refused the user or the password for the shared list %1. Connect again with the right password (cronofyctl team connect, or Settings).</source>
        <translation>El servidor rechazó el usuario o la contraseña de la lista compartida %1. Vuelva a conectarse con la contraseña correcta (cronofyctl team connect, o Ajustes).</translation>
    </message>
    <message>
        <source>The secure connection to the shared list %1 failed (%2). Check the server&apos;s certificate and the root certificate named by sslrootcert in the address, then connect again.</source>
        <translation>La conexión segura con la lista compartida %1 falló (%2). Compruebe el certificado del servidor y el certificado raíz indicado con sslrootcert en la dirección, y vuelva a conectarse.</translation>
    </message>
    <message>
        <source>The shared list %1 was written by a newer version of Cronofy Console (schema version %2). Update Cronofy Console on this computer, then connect again.</source>
        <translation>La lista compartida %1 la escribió una versión más reciente de Cronofy Console (versión de esquema %2). Actualice Cronofy Console en este equipo y vuelva a conectarse.</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver is not installed on this computer, so the shared list %1 cannot be used. Install the package libqt6sql6-psql (Debian, Ubuntu) or qt6-qtbase-postgresql (Fedora), then try again.</source>
        <translation>El controlador de PostgreSQL de Qt no está instalado en este equipo, así que no se puede usar la lista compartida %1. Instale el paquete libqt6sql6-psql (Debian, Ubuntu) o qt6-qtbase-postgresql (Fedora) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Your database user may not write to the shared list %1, so nothing was saved. Ask the server&apos;s administrator to grant it, then try again.</source>
        <translation>Su usuario de la base de datos no puede escribir en la lista compartida %1, así que no se guardó nada. Pida el permiso al administrador del servidor y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The shared list&apos;s server %1 is out of disk space, so nothing was saved. Ask its administrator to free some, then try again.</source>
        <translation>El servidor de la lista compartida %1 se quedó sin espacio en disco, así que no se guardó nada. Pida a su administrador que libere espacio y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The shared list %1 is busy with a colleague&apos;s change. Try again.</source>
        <translation>La lista compartida %1 está ocupada con el cambio de un compañero. Vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The shared list %1 could not be used (%2). Nothing was saved. Try again; if it keeps failing, ask the server&apos;s administrator.</source>
        <translation>No se pudo usar la lista compartida %1 (%2). No se guardó nada. Vuelva a intentarlo; si sigue fallando, consulte al administrador del servidor.</translation>
    </message>
</context>
<context>
    <name>RegistryUpgrade</name>
    <message>
        <source>Upgrading the list of applications and calendars…</source>
        <translation>Actualizando la lista de aplicaciones y calendarios…</translation>
    </message>
    <message>
        <source>Upgrading the list</source>
        <translation>Actualizando la lista</translation>
    </message>
    <message>
        <source>Upgrading the list of applications and calendars to version %1, building its indexes (%2 of %3)…</source>
        <extracomment>%1 is the schema version being made, %2 and %3 the step&apos;s statement and how many it has.</extracomment>
        <translation>Actualizando la lista de aplicaciones y calendarios a la versión %1, creando sus índices (%2 de %3)…</translation>
    </message>
</context>
<context>
    <name>RenameAccountDialog</name>
    <message>
        <source>Rename Account</source>
        <translation>Renombrar cuenta</translation>
    </message>
    <message>
        <source>The new name of the account “%1”. Its key and its applications stay with it.</source>
        <translation>El nuevo nombre de la cuenta «%1». Su clave y sus aplicaciones siguen con ella.</translation>
    </message>
    <message>
        <source>New account name</source>
        <translation>Nuevo nombre de la cuenta</translation>
    </message>
    <message>
        <source>New &amp;name:</source>
        <translation>&amp;Nuevo nombre:</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Renombrar</translation>
    </message>
    <message>
        <source>Rename the account</source>
        <translation>Renombrar la cuenta</translation>
    </message>
    <message>
        <source>Renaming the account…</source>
        <translation>Renombrando la cuenta…</translation>
    </message>
</context>
<context>
    <name>ReplaceAccountKeyDialog</name>
    <message>
        <source>Replace Admin API Key</source>
        <translation>Reemplazar la clave de la API de administración</translation>
    </message>
    <message>
        <source>Paste the new admin API key of the account “%1”. In the Cronofy dashboard, open Admin API to find it.</source>
        <translation>Pegue la nueva clave de la API de administración de la cuenta «%1». En el panel de Cronofy, abra Admin API para encontrarla.</translation>
    </message>
    <message>
        <source>New admin API key</source>
        <translation>Nueva clave de la API de administración</translation>
    </message>
    <message>
        <source>New admin API &amp;key:</source>
        <translation>Nueva c&amp;lave de la API de administración:</translation>
    </message>
    <message>
        <source>Kept in this computer&apos;s keychain, never in a file.</source>
        <translation>Se guarda en el llavero de este equipo, nunca en un archivo.</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Reemplazar</translation>
    </message>
    <message>
        <source>Replace the admin API key</source>
        <translation>Reemplazar la clave de la API de administración</translation>
    </message>
    <message>
        <source>Storing the key in the keychain…</source>
        <translation>Guardando la clave en el llavero…</translation>
    </message>
</context>
<context>
    <name>ReplaceSecretDialog</name>
    <message>
        <source>Replace Client Secret</source>
        <translation>Sustituir el secreto de cliente</translation>
    </message>
    <message>
        <source>Paste the new client secret of &quot;%1&quot; (%2). Use this after you made a new secret in the Cronofy dashboard; the old one stops working there.</source>
        <translation>Pegue el nuevo secreto de cliente de «%1» (%2). Úselo después de crear un secreto nuevo en el panel de Cronofy; el anterior deja de funcionar allí.</translation>
    </message>
    <message>
        <source>New client &amp;secret:</source>
        <translation>Nuevo &amp;secreto de cliente:</translation>
    </message>
    <message>
        <source>Kept in this computer&apos;s keychain, never in a file.</source>
        <translation>Se guarda en el llavero de este equipo, nunca en un archivo.</translation>
    </message>
    <message>
        <source>New client secret</source>
        <translation>Nuevo secreto de cliente</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>S&amp;ustituir</translation>
    </message>
    <message>
        <source>Replace the client secret</source>
        <translation>Sustituir el secreto de cliente</translation>
    </message>
    <message>
        <source>Storing the secret in the keychain…</source>
        <translation>Guardando el secreto en el llavero…</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <source>Working</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>De&amp;tener</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation type="vanished">De&amp;tener</translation>
    </message>
    <message>
        <source>Stop the request (Esc)</source>
        <translation>Detener la solicitud (Esc)</translation>
    </message>
</context>
<context>
    <name>SecretError</name>
    <message>
        <source>This secret is not in your keychain. Enter it again; another program may have removed it from the keychain.</source>
        <translation>Este secreto no está en su llavero. Vuelva a introducirlo; puede que otro programa lo haya eliminado del llavero.</translation>
    </message>
    <message>
        <source>Cronofy Console could not reach your keychain. Start your desktop&apos;s keyring (GNOME Keyring or KWallet), then try again.</source>
        <translation>Cronofy Console no pudo acceder a su llavero. Inicie el llavero de su escritorio (GNOME Keyring o KWallet) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Your keychain is locked or refused access. Unlock your desktop&apos;s keyring (it may still be locked after login), then try again.</source>
        <translation>Su llavero está bloqueado o denegó el acceso. Desbloquee el llavero de su escritorio (puede seguir bloqueado tras iniciar sesión) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Cronofy Console could not use your keychain. Try again; if it keeps failing, restart your desktop&apos;s keyring.</source>
        <translation>Cronofy Console no pudo usar su llavero. Vuelva a intentarlo; si sigue fallando, reinicie el llavero de su escritorio.</translation>
    </message>
    <message>
        <source>Cronofy Console could not use your keychain (the keychain said: %1). Try again; if it keeps failing, restart your desktop&apos;s keyring.</source>
        <translation>Cronofy Console no pudo usar su llavero (el llavero indicó: %1). Vuelva a intentarlo; si sigue fallando, reinicie el llavero de su escritorio.</translation>
    </message>
</context>
<context>
    <name>SecretLineEdit</name>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Hide the secret (Ctrl+R)</source>
        <translation>Ocultar el secreto (Ctrl+R)</translation>
    </message>
    <message>
        <source>Show the secret (Ctrl+R)</source>
        <translation>Mostrar el secreto (Ctrl+R)</translation>
    </message>
    <message>
        <source>Hide the secret</source>
        <translation>Ocultar el secreto</translation>
    </message>
    <message>
        <source>Show the secret</source>
        <translation>Mostrar el secreto</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>&amp;Use This Address</source>
        <translation>&amp;Usar esta dirección</translation>
    </message>
    <message>
        <source>&amp;Save Key</source>
        <translation type="vanished">&amp;Guardar clave</translation>
    </message>
    <message>
        <source>Sa&amp;ve Key</source>
        <translation>&amp;Guardar clave</translation>
    </message>
    <message>
        <source>Re&amp;move Key</source>
        <translation>&amp;Eliminar clave</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>&amp;Data center:</source>
        <translation>Centro de da&amp;tos:</translation>
    </message>
    <message>
        <source>Use this base URL</source>
        <translation>Usar esta URL base</translation>
    </message>
    <message>
        <source>New applications are created in this data center. Applications already in the list keep their own.</source>
        <translation>Las aplicaciones nuevas se crean en este centro de datos. Las que ya están en la lista conservan el suyo.</translation>
    </message>
    <message>
        <source>Admin API key</source>
        <translation>Clave de la API de administración</translation>
    </message>
    <message>
        <source>Paste a new key here</source>
        <translation>Pegue aquí una clave nueva</translation>
    </message>
    <message>
        <source>New &amp;key:</source>
        <translation>Clave &amp;nueva:</translation>
    </message>
    <message>
        <source>Save the admin API key</source>
        <translation>Guardar la clave de la API de administración</translation>
    </message>
    <message>
        <source>Remove the admin API key</source>
        <translation>Eliminar la clave de la API de administración</translation>
    </message>
    <message>
        <source>In the Cronofy dashboard, open Admin API to find the key. Cronofy has no way to test an admin API key on its own: if it is wrong, creating an application says so.</source>
        <translation>En el panel de Cronofy, abra «Admin API» para encontrar la clave. Cronofy no permite probar por sí sola una clave de la API de administración: si es incorrecta, al crear una aplicación se indicará.</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Solicitudes</translation>
    </message>
    <message>
        <source>Request timeout in seconds</source>
        <translation>Tiempo de espera de las solicitudes en segundos</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>Tiem&amp;po de espera:</translation>
    </message>
    <message>
        <source>How long to wait for Cronofy before giving up on a request.</source>
        <translation>Cuánto esperar a Cronofy antes de abandonar una solicitud.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Takes effect the next time Cronofy Console starts.</source>
        <translation type="vanished">Se aplica la próxima vez que se inicie Cronofy Console.</translation>
    </message>
    <message>
        <source>The language changes the next time you start Cronofy Console.</source>
        <translation type="vanished">El idioma cambia la próxima vez que inicie Cronofy Console.</translation>
    </message>
    <message>
        <source>New applications are now created in %1.</source>
        <translation>Las aplicaciones nuevas se crean ahora en %1.</translation>
    </message>
    <message>
        <source>The offline sandbox makes its own key. Nothing is sent to Cronofy.</source>
        <translation>El entorno de pruebas sin conexión crea su propia clave. No se envía nada a Cronofy.</translation>
    </message>
    <message>
        <source>Choose a data center first.</source>
        <translation>Elija primero un centro de datos.</translation>
    </message>
    <message>
        <source>Checking the keychain…</source>
        <translation>Comprobando el llavero…</translation>
    </message>
    <message>
        <source>An admin API key for %1 is stored in this computer&apos;s keychain.</source>
        <translation>Hay una clave de la API de administración para %1 guardada en el llavero de este equipo.</translation>
    </message>
    <message>
        <source>No admin API key is stored for %1 yet. Paste it below.</source>
        <translation>Todavía no hay ninguna clave de la API de administración guardada para %1. Péguela abajo.</translation>
    </message>
    <message>
        <source>Re&amp;place Key</source>
        <translation>&amp;Sustituir clave</translation>
    </message>
    <message>
        <source>Replace &amp;Key</source>
        <translation type="vanished">&amp;Sustituir clave</translation>
    </message>
    <message>
        <source>The admin API key for %1 is stored in the keychain.</source>
        <translation>La clave de la API de administración para %1 está guardada en el llavero.</translation>
    </message>
    <message>
        <source>The admin API key for %1 was removed from the keychain.</source>
        <translation>La clave de la API de administración para %1 se eliminó del llavero.</translation>
    </message>
    <message>
        <source>Cronofy Console shows the new language when it starts again.</source>
        <translation>Cronofy Console muestra el nuevo idioma al iniciarse de nuevo.</translation>
    </message>
    <message>
        <source>&amp;Restart Now</source>
        <translation>&amp;Reiniciar ahora</translation>
    </message>
    <message>
        <source>Restart Cronofy Console now</source>
        <translation>Reiniciar Cronofy Console ahora</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <source>Each account is the admin API key of one Cronofy organizational unit. New applications are created with the account chosen in the Create Application dialog.</source>
        <translation>Cada cuenta es la clave de la API de administración de una unidad organizativa de Cronofy. Las aplicaciones nuevas se crean con la cuenta elegida en el diálogo Crear aplicación.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Data center</source>
        <translation>Centro de datos</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Agregar…</translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation>Agregar una cuenta</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renombrar…</translation>
    </message>
    <message>
        <source>Rename the account</source>
        <translation>Renombrar la cuenta</translation>
    </message>
    <message>
        <source>Replace Key…</source>
        <translation>Reemplazar clave…</translation>
    </message>
    <message>
        <source>Replace the account&apos;s admin API key</source>
        <translation>Reemplazar la clave de la API de administración de la cuenta</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Remove the account</source>
        <translation>Eliminar la cuenta</translation>
    </message>
    <message>
        <source>In the keychain</source>
        <translation>En el llavero</translation>
    </message>
    <message>
        <source>No key in the keychain</source>
        <translation>Ninguna clave en el llavero</translation>
    </message>
    <message>
        <source>The account “%1” is added; its key is in the keychain.</source>
        <translation>La cuenta «%1» está agregada; su clave está en el llavero.</translation>
    </message>
    <message>
        <source>The account “%1” is now named “%2”.</source>
        <translation>La cuenta «%1» ahora se llama «%2».</translation>
    </message>
    <message>
        <source>The admin API key of the account “%1” is replaced.</source>
        <translation>La clave de la API de administración de la cuenta «%1» está reemplazada.</translation>
    </message>
    <message>
        <source>Remove Account</source>
        <translation>Eliminar cuenta</translation>
    </message>
    <message>
        <source>Remove the account “%1”?</source>
        <extracomment>%1 is the account&apos;s name.</extracomment>
        <translation>¿Eliminar la cuenta «%1»?</translation>
    </message>
    <message>
        <source>Its admin API key is removed from this computer&apos;s keychain. The applications created with it stay listed, marked as of a removed account.</source>
        <translation>Su clave de la API de administración se elimina del llavero de este equipo. Las aplicaciones creadas con ella siguen en la lista, marcadas como de una cuenta eliminada.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Keep the account</source>
        <translation>Conservar la cuenta</translation>
    </message>
    <message>
        <source>The account “%1” is removed. Its applications stay listed.</source>
        <translation>La cuenta «%1» está eliminada. Sus aplicaciones siguen en la lista.</translation>
    </message>
</context>
<context>
    <name>SharedListBox</name>
    <message>
        <source>Shared list</source>
        <translation>Lista compartida</translation>
    </message>
    <message>
        <source>Also cop&amp;y this computer&apos;s own list into it</source>
        <translation>Copiar también &amp;la lista propia de este equipo</translation>
    </message>
    <message>
        <source>Co&amp;nnect</source>
        <translation>&amp;Vincular</translation>
    </message>
    <message>
        <source>Use This Computer&apos;s &amp;Own List</source>
        <translation>Usar la lista propia de este e&amp;quipo</translation>
    </message>
    <message>
        <source>Address of the shared list</source>
        <translation>Dirección de la lista compartida</translation>
    </message>
    <message>
        <source>Database password</source>
        <translation>Contraseña de la base de datos</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Contraseña de la &amp;base de datos:</translation>
    </message>
    <message>
        <source>Applications, calendars and activity the shared list does not have yet are added; rows it has are left as they are.</source>
        <translation>Se añaden las aplicaciones, calendarios y actividad que la lista compartida aún no tiene; las filas que ya tiene se dejan como están.</translation>
    </message>
    <message>
        <source>Connect to the shared list</source>
        <translation>Conectarse a la lista compartida</translation>
    </message>
    <message>
        <source>Go back to this computer&apos;s own list</source>
        <translation>Volver a la lista propia de este equipo</translation>
    </message>
    <message>
        <source>A team&apos;s list on a PostgreSQL server, which several admins use at once. Secrets stay in each admin&apos;s own keychain; the password is kept in yours.</source>
        <translation>La lista de un equipo en un servidor PostgreSQL, que usan varios administradores a la vez. Los secretos se quedan en el llavero de cada administrador; la contraseña se guarda en el suyo.</translation>
    </message>
    <message>
        <source>This computer&apos;s own list: %1</source>
        <translation>Lista propia de este equipo: %1</translation>
    </message>
    <message>
        <source>The shared list %1: connected.</source>
        <translation>La lista compartida %1: conectada.</translation>
    </message>
    <message>
        <source>The shared list %1: connecting…</source>
        <translation>La lista compartida %1: conectando…</translation>
    </message>
    <message>
        <source>The shared list %1: not connected. %2</source>
        <translation>La lista compartida %1: no conectada. %2</translation>
    </message>
    <message>
        <source>Enter the database password of %1.</source>
        <translation>Introduzca la contraseña de la base de datos de %1.</translation>
    </message>
    <message>
        <source>Connecting to %1 and copying this computer&apos;s own list…</source>
        <translation>Conectando con %1 y copiando la lista propia de este equipo…</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Conectando con %1…</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>Conectado a %1.</translation>
    </message>
    <message>
        <source>Add&amp;ress:</source>
        <translation type="vanished">&amp;Dirección:</translation>
    </message>
    <message>
        <source>%1 applications, %2 calendars and %3 activity entries of this computer&apos;s own list were added.</source>
        <translation>Se añadieron %1 aplicaciones, %2 calendarios y %3 entradas de actividad de la lista propia de este equipo.</translation>
    </message>
    <message>
        <source>Nothing was changed: this computer still works on the list it used before.</source>
        <translation>No se cambió nada: este equipo sigue trabajando con la lista que usaba antes.</translation>
    </message>
    <message>
        <source>Also copy this computer&apos;s own list into the shared list</source>
        <translation>Copiar también la lista propia de este equipo en la lista compartida</translation>
    </message>
    <message>
        <source>Addr&amp;ess:</source>
        <translation>&amp;Dirección:</translation>
    </message>
</context>
<context>
    <name>SharedListLink</name>
    <message>
        <source>The password of the shared list %1 could not be read from your keychain: %2 Connect again in Settings.</source>
        <translation>No se pudo leer la contraseña de la lista compartida %1 de su llavero: %2 Vuelva a conectarse en Configuración.</translation>
    </message>
    <message numerus="yes">
        <source>%1 The list stays empty and read-only until then; Cronofy Console tries again every %n second(s).</source>
        <translation>
            <numerusform>%1 Hasta entonces, la lista sigue vacía y de solo lectura; Cronofy Console lo vuelve a intentar cada %n segundo.</numerusform>
            <numerusform>%1 Hasta entonces, la lista sigue vacía y de solo lectura; Cronofy Console lo vuelve a intentar cada %n segundos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SharedListStatus</name>
    <message>
        <source>Shared list</source>
        <translation>Lista compartida</translation>
    </message>
    <message>
        <source>Shared list %1: connected</source>
        <translation>Lista compartida %1: conectada</translation>
    </message>
    <message>
        <source>Shared list %1: connecting…</source>
        <translation>Lista compartida %1: conectando…</translation>
    </message>
    <message>
        <source>Shared list %1: not reachable, read-only</source>
        <translation>Lista compartida %1: inaccesible, solo lectura</translation>
    </message>
    <message>
        <source>Shared list %1: not connected, read-only</source>
        <translation>Lista compartida %1: no conectada, solo lectura</translation>
    </message>
</context>
<context>
    <name>StreamedExport</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
</context>
<context>
    <name>SubmitVerificationDialog</name>
    <message>
        <source>Submit for Verification</source>
        <translation>Enviar para verificación</translation>
    </message>
    <message>
        <source>Cronofy checks &quot;%1&quot; before people outside your organisation can connect to it. Tell Cronofy where people return after connecting and whom to contact.</source>
        <translation>Cronofy revisa «%1» antes de que personas ajenas a su organización puedan conectarse a ella. Indique a Cronofy adónde vuelven las personas después de conectarse y a quién contactar.</translation>
    </message>
    <message>
        <source>https://www.example.com/auth/callback</source>
        <translation>https://www.example.com/auth/callback</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nombre@example.com</translation>
    </message>
    <message>
        <source>&amp;Redirect addresses:</source>
        <translation>Direcciones de &amp;redirección:</translation>
    </message>
    <message>
        <source>One per line.</source>
        <translation>Una por línea.</translation>
    </message>
    <message>
        <source>Contact &amp;email:</source>
        <translation>Correo &amp;electrónico de contacto:</translation>
    </message>
    <message>
        <source>Contact &amp;name (optional):</source>
        <translation>&amp;Nombre de contacto (opcional):</translation>
    </message>
    <message>
        <source>Redirect addresses, one per line</source>
        <translation>Direcciones de redirección, una por línea</translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation>Correo electrónico de contacto</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>Nombre de contacto</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>En&amp;viar</translation>
    </message>
    <message>
        <source>Submit for verification</source>
        <translation>Enviar para verificación</translation>
    </message>
    <message>
        <source>Stopped. Submit again when you are ready.</source>
        <translation>Detenido. Vuelva a enviarla cuando esté listo.</translation>
    </message>
    <message>
        <source>Submitting to Cronofy…</source>
        <translation>Enviando a Cronofy…</translation>
    </message>
</context>
<context>
    <name>TableExport</name>
    <message>
        <source>Writing failed (%1).</source>
        <translation>La escritura falló (%1).</translation>
    </message>
</context>
<context>
    <name>VerificationDialog</name>
    <message>
        <source>Cronofy did not say that its authorization is active. Provision it again to renew it.</source>
        <translation>Cronofy no indicó que su autorización esté activa. Vuelva a aprovisionarlo para renovarla.</translation>
    </message>
    <message>
        <source>Cronofy reports its authorization as “%1” instead of active. Provision it again to renew it.</source>
        <translation>Cronofy indica que su autorización es «%1» en lugar de activa. Vuelva a aprovisionarlo para renovarla.</translation>
    </message>
    <message>
        <source>Cronofy lists no calendar for it. Provision it again; if that does not help, contact Cronofy support.</source>
        <translation>Cronofy no muestra ningún calendario para él. Vuelva a aprovisionarlo; si eso no ayuda, póngase en contacto con el soporte de Cronofy.</translation>
    </message>
    <message>
        <source>Its calendar is read-only, so events cannot be added to it.</source>
        <translation>Su calendario es de solo lectura, así que no se le pueden añadir eventos.</translation>
    </message>
    <message numerus="yes">
        <source>Cronofy lists %n writable main calendar(s) for it; an application calendar has exactly one.</source>
        <translation>
            <numerusform>Cronofy muestra %n calendario principal con escritura para él; un calendario de aplicación tiene exactamente uno.</numerusform>
            <numerusform>Cronofy muestra %n calendarios principales con escritura para él; un calendario de aplicación tiene exactamente uno.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cronofy&apos;s answer does not look like a working application calendar.</source>
        <translation>La respuesta de Cronofy no parece la de un calendario de aplicación operativo.</translation>
    </message>
    <message>
        <source>Verification of “%1”</source>
        <translation>Verificación de «%1»</translation>
    </message>
    <message>
        <source>“%1” is healthy: its authorization is active and it has one calendar that events can be added to.</source>
        <translation>«%1» funciona correctamente: su autorización está activa y tiene un calendario al que se pueden añadir eventos.</translation>
    </message>
    <message>
        <source>“%1” is not healthy. %2</source>
        <extracomment>%1 is the calendar ID, %2 one or more sentences that say what is wrong and what to do.</extracomment>
        <translation>«%1» no funciona correctamente. %2</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(no indicado)</translation>
    </message>
    <message>
        <source>Sub:</source>
        <translation>Sub:</translation>
    </message>
    <message>
        <source>Authorization:</source>
        <translation>Autorización:</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Access:</source>
        <translation>Acceso:</translation>
    </message>
    <message>
        <source>Read and write</source>
        <translation>Lectura y escritura</translation>
    </message>
    <message>
        <source>Connected profiles:</source>
        <translation>Perfiles conectados:</translation>
    </message>
    <message numerus="yes">
        <source>%n profile(s)</source>
        <translation>
            <numerusform>%n perfil</numerusform>
            <numerusform>%n perfiles</numerusform>
        </translation>
    </message>
    <message>
        <source>Calendars Cronofy lists</source>
        <translation>Calendarios que muestra Cronofy</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Can add events</source>
        <translation>Admite eventos</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Calendars Cronofy lists for it:</source>
        <translation>Calendarios que muestra Cronofy para él:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Conectar</translation>
    </message>
    <message>
        <source>&amp;Try it offline</source>
        <translation>&amp;Probar sin conexión</translation>
    </message>
    <message>
        <source>Welcome to Cronofy Console</source>
        <translation>Le damos la bienvenida a Cronofy Console</translation>
    </message>
    <message>
        <source>Cronofy Console creates Cronofy applications and calendars for your organisation, and keeps their secrets safe in this computer&apos;s keychain.</source>
        <translation>Cronofy Console crea aplicaciones y calendarios de Cronofy para su organización y guarda sus secretos de forma segura en el llavero de este equipo.</translation>
    </message>
    <message>
        <source>Connect to your Cronofy account</source>
        <translation>Conecte su cuenta de Cronofy</translation>
    </message>
    <message>
        <source>&amp;Data center:</source>
        <translation>Centro de da&amp;tos:</translation>
    </message>
    <message>
        <source>Admin API key</source>
        <translation>Clave de la API de administración</translation>
    </message>
    <message>
        <source>Paste the key here</source>
        <translation>Pegue aquí la clave</translation>
    </message>
    <message>
        <source>Admin API &amp;key:</source>
        <translation>C&amp;lave de la API de administración:</translation>
    </message>
    <message>
        <source>In the Cronofy dashboard, open Admin API and copy the key. It is kept in this computer&apos;s keychain, never in a file.</source>
        <translation type="vanished">En el panel de Cronofy, abra «Admin API» y copie la clave. Se guarda en el llavero de este equipo, nunca en un archivo.</translation>
    </message>
    <message>
        <source>Cronofy has no way to test an admin API key on its own. If the key is wrong, creating your first application says so.</source>
        <translation>Cronofy no permite probar por sí sola una clave de la API de administración. Si la clave es incorrecta, se indicará al crear su primera aplicación.</translation>
    </message>
    <message>
        <source>Connect to Cronofy</source>
        <translation>Conectar con Cronofy</translation>
    </message>
    <message>
        <source>Or try it first</source>
        <translation>O pruébelo primero</translation>
    </message>
    <message>
        <source>Try everything with a sandbox built into Cronofy Console. Nothing is sent to Cronofy, and you can connect your account later in Settings.</source>
        <translation>Pruebe todo con un entorno de pruebas integrado en Cronofy Console. No se envía nada a Cronofy y puede conectar su cuenta más tarde en la configuración.</translation>
    </message>
    <message>
        <source>Try it offline</source>
        <translation>Probar sin conexión</translation>
    </message>
    <message>
        <source>Storing the admin API key in the keychain…</source>
        <translation>Guardando la clave de la API de administración en el llavero…</translation>
    </message>
    <message>
        <source>Starting the offline sandbox…</source>
        <translation>Iniciando el entorno de pruebas sin conexión…</translation>
    </message>
    <message>
        <source>In the Cronofy dashboard, open Admin API and copy the key. It is kept in this computer&apos;s keychain, never in a file. Cronofy cannot check a key on its own, so Connect does not: the key is checked by your first request, when you create an application, and if it is wrong you can enter it again there.</source>
        <translation>En el panel de Cronofy, abra «Admin API» y copie la clave. Se guarda en el llavero de este equipo, nunca en un archivo. Cronofy no puede comprobar una clave por sí sola, así que Conectar no lo hace: la clave se comprueba con su primera solicitud, al crear una aplicación, y si es incorrecta puede introducirla de nuevo allí.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Creates Cronofy applications and application calendars.</source>
        <translation>Crea aplicaciones y calendarios de aplicación de Cronofy.</translation>
    </message>
    <message>
        <source>Print the version.</source>
        <translation>Mostrar la versión.</translation>
    </message>
    <message>
        <source>Quit as soon as the window is idle and print start-up figures.</source>
        <translation>Salir en cuanto la ventana esté inactiva y mostrar las cifras de inicio.</translation>
    </message>
    <message>
        <source>Render the main screens with the offline sandbox into &lt;dir&gt;.</source>
        <translation>Generar las pantallas principales con el entorno de pruebas sin conexión en &lt;dir&gt;.</translation>
    </message>
    <message>
        <source>Cronofy Console is already running: its window was brought to the front.</source>
        <translation>Cronofy Console ya se está ejecutando: su ventana se ha traído al frente.</translation>
    </message>
</context>
</TS>
