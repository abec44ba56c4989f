<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ActivityExport</name>
    <message>
        <source>The activity log could not be read (%1).</source>
        <translation>Das Aktivitätsprotokoll konnte nicht gelesen werden (%1).</translation>
    </message>
    <message>
        <source>The activity log could not be read to the end.</source>
        <translation>Das Aktivitätsprotokoll konnte nicht bis zum Ende gelesen werden.</translation>
    </message>
    <message>
        <source>Writing failed (%1).</source>
        <translation type="vanished">Das Schreiben ist fehlgeschlagen (%1).</translation>
    </message>
    <message>
        <source>The activity could not be exported to %1 (%2). Nothing was written there. Choose another folder or free some space, then try again.</source>
        <translation>Die Aktivität konnte nicht nach %1 exportiert werden (%2). Dort wurde nichts geschrieben. Wählen Sie einen anderen Ordner oder schaffen Sie Platz und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>ActivityModel</name>
    <message numerus="yes">
        <source>%1 (%n failed)</source>
        <translation>
            <numerusform>%1 (%n fehlgeschlagen)</numerusform>
            <numerusform>%1 (%n fehlgeschlagen)</numerusform>
        </translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source>Calendar or sub</source>
        <translation>Kalender oder Sub</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Data center</source>
        <translation>Rechenzentrum</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>HTTP-Status</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>ActivityPage</name>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Search by action, calendar, sub, application or message</source>
        <translation>Nach Aktion, Kalender, Sub, Anwendung oder Meldung suchen</translation>
    </message>
    <message>
        <source>Search the activity</source>
        <translation>Aktivität durchsuchen</translation>
    </message>
    <message>
        <source>Shows only the operations whose action, calendar, sub, application, account or message contains the text</source>
        <translation>Zeigt nur die Vorgänge, deren Aktion, Kalender, Sub, Anwendung, Konto oder Meldung den Text enthält</translation>
    </message>
    <message>
        <source>Searc&amp;h:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>Show operations with outcome</source>
        <translation>Vorgänge mit diesem Ergebnis zeigen</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>Ergebn&amp;is:</translation>
    </message>
    <message>
        <source>Show operations of application</source>
        <translation>Vorgänge dieser Anwendung zeigen</translation>
    </message>
    <message>
        <source>App&amp;lication:</source>
        <translation>Anwendu&amp;ng:</translation>
    </message>
    <message>
        <source>Sho&amp;w failures</source>
        <translation>Fe&amp;hler zeigen</translation>
    </message>
    <message>
        <source>Show the failures of the selected bulk run</source>
        <translation>Die Fehler des gewählten Massenlaufs zeigen</translation>
    </message>
    <message>
        <source>List the calendars that failed in the selected bulk run (Enter or double-click)</source>
        <translation>Die Kalender auflisten, die im gewählten Massenlauf fehlgeschlagen sind (Eingabetaste oder Doppelklick)</translation>
    </message>
    <message>
        <source>&amp;Back to all operations</source>
        <translation>&amp;Zurück zu allen Vorgängen</translation>
    </message>
    <message>
        <source>Back to all operations</source>
        <translation>Zurück zu allen Vorgängen</translation>
    </message>
    <message>
        <source>Leave this run&apos;s failures and list every operation again (Alt+Left)</source>
        <translation>Die Fehler dieses Laufs verlassen und wieder alle Vorgänge auflisten (Alt+Links)</translation>
    </message>
    <message>
        <source>E&amp;xport shown as CSV…</source>
        <translation>Als CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Export the operations shown as CSV</source>
        <translation>Die angezeigten Vorgänge als CSV exportieren</translation>
    </message>
    <message>
        <source>Save the operations the list shows now (after search and filters; a bulk run with its failures) as a CSV file for spreadsheets</source>
        <translation>Die Vorgänge, die die Liste jetzt zeigt (nach Suche und Filtern; ein Massenlauf mit seinen Fehlern), als CSV-Datei für Tabellenkalkulationen speichern</translation>
    </message>
    <message>
        <source>Export shown as &amp;JSON…</source>
        <translation>Als &amp;JSON exportieren…</translation>
    </message>
    <message>
        <source>Export the operations shown as JSON</source>
        <translation>Die angezeigten Vorgänge als JSON exportieren</translation>
    </message>
    <message>
        <source>Save the operations the list shows now (after search and filters; a bulk run with its failures) as a JSON file for programs</source>
        <translation>Die Vorgänge, die die Liste jetzt zeigt (nach Suche und Filtern; ein Massenlauf mit seinen Fehlern), als JSON-Datei für Programme speichern</translation>
    </message>
    <message>
        <source>All applications</source>
        <translation>Alle Anwendungen</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message numerus="yes">
        <source>Showing %n operation(s)</source>
        <translation>
            <numerusform>%n Vorgang</numerusform>
            <numerusform>%n Vorgänge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing more than %n operation(s)…</source>
        <translation>
            <numerusform>Mehr als %n Vorgang…</numerusform>
            <numerusform>Mehr als %n Vorgänge…</numerusform>
        </translation>
    </message>
    <message>
        <source>The calendars that failed in this bulk run:</source>
        <translation>Die Kalender, die in diesem Massenlauf fehlgeschlagen sind:</translation>
    </message>
    <message>
        <source>Export Activity as CSV</source>
        <translation>Aktivität als CSV exportieren</translation>
    </message>
    <message>
        <source>Export Activity as JSON</source>
        <translation>Aktivität als JSON exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Exporting the activity…</source>
        <translation>Die Aktivität wird exportiert…</translation>
    </message>
    <message>
        <source>The export was cancelled. Nothing was written to %1.</source>
        <translation>Der Export wurde abgebrochen. In %1 wurde nichts geschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n operation(s) to %1.</source>
        <translation>
            <numerusform>%n Vorgang in %1 gespeichert.</numerusform>
            <numerusform>%n Vorgänge in %1 gespeichert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AddAccountDialog</name>
    <message>
        <source>Add Account</source>
        <translation>Konto hinzufügen</translation>
    </message>
    <message>
        <source>An account is the admin API key of one Cronofy organizational unit. Give it a name you will recognize; the key is kept in this computer&apos;s keychain, never in a file.</source>
        <translation>Ein Konto ist der Admin-API-Schlüssel einer Cronofy-Organisationseinheit. Geben Sie ihm einen Namen, den Sie wiedererkennen; der Schlüssel wird im Schlüsselbund dieses Computers aufbewahrt, nie in einer Datei.</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Kontoname</translation>
    </message>
    <message>
        <source>For example: Acme — customer</source>
        <translation>Zum Beispiel: Acme — Kunde</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Data center:</source>
        <translation>&amp;Rechenzentrum:</translation>
    </message>
    <message>
        <source>Admin API key</source>
        <translation>Admin-API-Schlüssel</translation>
    </message>
    <message>
        <source>Admin API &amp;key:</source>
        <translation>Admin-API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Add the account</source>
        <translation>Das Konto hinzufügen</translation>
    </message>
    <message>
        <source>Storing the key in the keychain…</source>
        <translation>Der Schlüssel wird im Schlüsselbund gespeichert…</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Home page URL</source>
        <translation>Adresse der Startseite</translation>
    </message>
    <message>
        <source>Calendar ID</source>
        <translation>Kalender-ID</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Client-Secret</translation>
    </message>
    <message>
        <source>Redirect URIs</source>
        <translation>Weiterleitungs-URIs</translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation>Kontakt-E-Mail</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>Kontaktname</translation>
    </message>
    <message>
        <source>Refresh token</source>
        <translation>Refresh-Token</translation>
    </message>
    <message>
        <source>Calendar to revoke</source>
        <translation>Zu widerrufender Kalender</translation>
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
        <translation>Cronofy ist nicht erreichbar (%1): Dieser Computer scheint offline zu sein, oder der Name des Servers kann nicht aufgelöst werden. Prüfen Sie die Internetverbindung und, falls Sie eine eingegeben haben, die Basis-URL, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Nothing is answering at %1. If this is the local sandbox, start it again (or restart the console); otherwise correct the base URL in Settings.</source>
        <translation type="vanished">Unter %1 antwortet nichts. Wenn dies die lokale Sandbox ist, starten Sie sie erneut (oder starten Sie die Konsole neu); andernfalls korrigieren Sie die Basis-URL in den Einstellungen.</translation>
    </message>
    <message>
        <source>The server at %1 refused the connection. A firewall or proxy may be blocking it, or the service is restarting. Try again in a few minutes.</source>
        <translation>Der Server unter %1 hat die Verbindung abgelehnt. Möglicherweise blockiert eine Firewall oder ein Proxy sie, oder der Dienst wird gerade neu gestartet. Versuchen Sie es in einigen Minuten erneut.</translation>
    </message>
    <message numerus="yes">
        <source>Cronofy began to answer but the answer arrived too slowly to finish within %n second(s). The request has probably arrived: check the Cronofy dashboard before trying again, so that nothing is created twice.</source>
        <translation>
            <numerusform>Cronofy hat begonnen zu antworten, aber die Antwort kam zu langsam, um innerhalb von %n Sekunde fertig zu werden. Die Anfrage ist wahrscheinlich angekommen: Prüfen Sie das Cronofy-Dashboard, bevor Sie es erneut versuchen, damit nichts doppelt angelegt wird.</numerusform>
            <numerusform>Cronofy hat begonnen zu antworten, aber die Antwort kam zu langsam, um innerhalb von %n Sekunden fertig zu werden. Die Anfrage ist wahrscheinlich angekommen: Prüfen Sie das Cronofy-Dashboard, bevor Sie es erneut versuchen, damit nichts doppelt angelegt wird.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cronofy began to answer but the answer arrived too slowly to finish within %n second(s). The connection is very slow or overloaded: try again later, or from another network.</source>
        <translation>
            <numerusform>Cronofy hat begonnen zu antworten, aber die Antwort kam zu langsam, um innerhalb von %n Sekunde fertig zu werden. Die Verbindung ist sehr langsam oder überlastet: Versuchen Sie es später erneut oder aus einem anderen Netzwerk.</numerusform>
            <numerusform>Cronofy hat begonnen zu antworten, aber die Antwort kam zu langsam, um innerhalb von %n Sekunden fertig zu werden. Die Verbindung ist sehr langsam oder überlastet: Versuchen Sie es später erneut oder aus einem anderen Netzwerk.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cronofy did not answer within %n second(s). The request may still have arrived: check the Cronofy dashboard before trying again, so that nothing is created twice.</source>
        <translation>
            <numerusform>Cronofy hat nicht innerhalb von %n Sekunde geantwortet. Die Anfrage ist möglicherweise trotzdem angekommen: Prüfen Sie das Cronofy-Dashboard, bevor Sie es erneut versuchen, damit nichts doppelt angelegt wird.</numerusform>
            <numerusform>Cronofy hat nicht innerhalb von %n Sekunden geantwortet. Die Anfrage ist möglicherweise trotzdem angekommen: Prüfen Sie das Cronofy-Dashboard, bevor Sie es erneut versuchen, damit nichts doppelt angelegt wird.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cronofy did not answer within %n second(s). Check the internet connection and try again; trying again is safe and returns the same calendar.</source>
        <translation>
            <numerusform>Cronofy hat nicht innerhalb von %n Sekunde geantwortet. Prüfen Sie die Internetverbindung und versuchen Sie es erneut; ein erneuter Versuch ist sicher und liefert denselben Kalender.</numerusform>
            <numerusform>Cronofy hat nicht innerhalb von %n Sekunden geantwortet. Prüfen Sie die Internetverbindung und versuchen Sie es erneut; ein erneuter Versuch ist sicher und liefert denselben Kalender.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cronofy did not answer within %n second(s). Check the internet connection and try again.</source>
        <translation>
            <numerusform>Cronofy hat nicht innerhalb von %n Sekunde geantwortet. Prüfen Sie die Internetverbindung und versuchen Sie es erneut.</numerusform>
            <numerusform>Cronofy hat nicht innerhalb von %n Sekunden geantwortet. Prüfen Sie die Internetverbindung und versuchen Sie es erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>The request was cancelled. It may already have reached Cronofy: check the Cronofy dashboard before starting it again.</source>
        <translation>Die Anfrage wurde abgebrochen. Sie hat Cronofy möglicherweise schon erreicht: Prüfen Sie das Cronofy-Dashboard, bevor Sie sie erneut starten.</translation>
    </message>
    <message>
        <source>The request was cancelled. Nothing else will happen.</source>
        <translation>Die Anfrage wurde abgebrochen. Es passiert nichts weiter.</translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be established: its certificate is not trusted, or it does not speak HTTPS. The console never ignores this, because keys would be exposed. Check the computer&apos;s date and time and any proxy or antivirus that inspects HTTPS; if you entered a base URL, check that it is right.</source>
        <translation>Die sichere Verbindung zu %1 konnte nicht hergestellt werden: Das Zertifikat ist nicht vertrauenswürdig, oder der Server spricht kein HTTPS. Die Konsole ignoriert das nie, weil sonst Schlüssel offengelegt würden. Prüfen Sie Datum und Uhrzeit des Computers sowie Proxys oder Virenscanner, die HTTPS untersuchen; falls Sie eine Basis-URL eingegeben haben, prüfen Sie, ob sie stimmt.</translation>
    </message>
    <message>
        <source>%1 tried to send the request on to another address. The console did not follow, so no key or secret went there. Check the data center or base URL in Settings.</source>
        <translation>%1 wollte die Anfrage an eine andere Adresse weiterleiten. Die Konsole ist dem nicht gefolgt, daher wurde kein Schlüssel und kein Secret dorthin gesendet. Prüfen Sie das Rechenzentrum oder die Basis-URL in den Einstellungen.</translation>
    </message>
    <message>
        <source>The answer from %1 was larger than %2 and was refused. Cronofy&apos;s answers are much smaller, so the base URL probably points at something else: check it in Settings.</source>
        <translation>Die Antwort von %1 war größer als %2 und wurde abgewiesen. Die Antworten von Cronofy sind viel kleiner, die Basis-URL zeigt also vermutlich auf etwas anderes: Prüfen Sie sie in den Einstellungen.</translation>
    </message>
    <message>
        <source>The connection to %1 broke off before the answer was complete. Check the internet connection and try again.</source>
        <translation>Die Verbindung zu %1 brach ab, bevor die Antwort vollständig war. Prüfen Sie die Internetverbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Cronofy&apos;s answer is missing &quot;%1&quot;.</source>
        <translation>In der Antwort von Cronofy fehlt „%1“.</translation>
    </message>
    <message>
        <source>In Cronofy&apos;s answer, &quot;%1&quot; is not what the Cronofy documentation describes.</source>
        <translation>In der Antwort von Cronofy entspricht „%1“ nicht der Cronofy-Dokumentation.</translation>
    </message>
    <message>
        <source>Cronofy&apos;s answer is data, but not in the documented shape.</source>
        <translation>Die Antwort von Cronofy enthält Daten, aber nicht in der dokumentierten Form.</translation>
    </message>
    <message>
        <source>Cronofy&apos;s answer could not be read (it is not JSON data).</source>
        <translation>Die Antwort von Cronofy konnte nicht gelesen werden (es sind keine JSON-Daten).</translation>
    </message>
    <message>
        <source>%1 The application may have been created anyway: check the Cronofy dashboard before trying again. If this keeps happening, check the data center or base URL in Settings.</source>
        <translation>%1 Die Anwendung wurde möglicherweise trotzdem angelegt: Prüfen Sie das Cronofy-Dashboard, bevor Sie es erneut versuchen. Wenn das immer wieder passiert, prüfen Sie das Rechenzentrum oder die Basis-URL in den Einstellungen.</translation>
    </message>
    <message>
        <source>%1 The base URL may point at something other than Cronofy&apos;s API, or a proxy changed the answer: check the data center or base URL in Settings, then try again.</source>
        <translation>%1 Die Basis-URL zeigt möglicherweise auf etwas anderes als die API von Cronofy, oder ein Proxy hat die Antwort verändert: Prüfen Sie das Rechenzentrum oder die Basis-URL in den Einstellungen und versuchen Sie es dann erneut.</translation>
    </message>
    <message numerus="yes">
        <source>Cronofy is temporarily unavailable (HTTP 503). Wait %n second(s) and try again.</source>
        <translation>
            <numerusform>Cronofy ist vorübergehend nicht verfügbar (HTTP 503). Warten Sie %n Sekunde und versuchen Sie es erneut.</numerusform>
            <numerusform>Cronofy ist vorübergehend nicht verfügbar (HTTP 503). Warten Sie %n Sekunden und versuchen Sie es erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cronofy is temporarily unavailable, probably for maintenance (HTTP 503). Try again in a few minutes.</source>
        <translation>Cronofy ist vorübergehend nicht verfügbar, vermutlich wegen Wartungsarbeiten (HTTP 503). Versuchen Sie es in einigen Minuten erneut.</translation>
    </message>
    <message>
        <source>A gateway in front of Cronofy got no good answer from it (HTTP %1). Cronofy or the network is having trouble; try again in a few minutes.</source>
        <translation>Ein Gateway vor Cronofy hat von Cronofy keine brauchbare Antwort erhalten (HTTP %1). Cronofy oder das Netzwerk hat Probleme; versuchen Sie es in einigen Minuten erneut.</translation>
    </message>
    <message>
        <source>Cronofy is having trouble (HTTP %1). This is not caused by what you entered; try again in a few minutes, and check status.cronofy.com if it keeps happening.</source>
        <translation>Cronofy hat Probleme (HTTP %1). Das liegt nicht an Ihren Eingaben; versuchen Sie es in einigen Minuten erneut und sehen Sie unter status.cronofy.com nach, wenn es weiterhin auftritt.</translation>
    </message>
    <message>
        <source>The calendar&apos;s refresh token is no longer valid (it was revoked or replaced). Provision the calendar again to get fresh tokens.</source>
        <translation>Das Refresh-Token des Kalenders ist nicht mehr gültig (es wurde widerrufen oder ersetzt). Stellen Sie den Kalender erneut bereit, um neue Tokens zu erhalten.</translation>
    </message>
    <message>
        <source>Cronofy did not accept the application&apos;s client ID and client secret. The secret may have been replaced in the Cronofy dashboard: enter the current one for this application, then try again.</source>
        <translation>Cronofy hat Client-ID und Client-Secret der Anwendung nicht akzeptiert. Das Secret wurde möglicherweise im Cronofy-Dashboard ersetzt: Geben Sie das aktuelle Secret für diese Anwendung ein und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Cronofy refused the request as invalid (%1). Check what you entered and try again.</source>
        <translation>Cronofy hat die Anfrage als ungültig abgelehnt (%1). Prüfen Sie Ihre Eingaben und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Cronofy refused the request as invalid (HTTP 400). Check what you entered and try again.</source>
        <translation>Cronofy hat die Anfrage als ungültig abgelehnt (HTTP 400). Prüfen Sie Ihre Eingaben und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Cronofy refused the admin API key. Check that the key belongs to this data center (%1) and has not been revoked in the Cronofy dashboard, then enter it again in Settings.</source>
        <translation>Cronofy hat den Admin-API-Schlüssel abgelehnt. Prüfen Sie, ob der Schlüssel zu diesem Rechenzentrum (%1) gehört und im Cronofy-Dashboard nicht widerrufen wurde, und geben Sie ihn dann in den Einstellungen erneut ein.</translation>
    </message>
    <message>
        <source>Cronofy refused the application&apos;s client secret. It may have been replaced in the Cronofy dashboard: copy the current secret from there and replace it in the console, then try again.</source>
        <translation>Cronofy hat das Client-Secret der Anwendung abgelehnt. Es wurde möglicherweise im Cronofy-Dashboard ersetzt: Kopieren Sie das aktuelle Secret von dort, ersetzen Sie es in der Konsole und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Cronofy refused the calendar&apos;s access token: it has expired or the calendar was revoked. Refresh the tokens, or provision the calendar again.</source>
        <translation>Cronofy hat das Zugriffstoken des Kalenders abgelehnt: Es ist abgelaufen, oder der Kalender wurde widerrufen. Erneuern Sie die Tokens oder stellen Sie den Kalender erneut bereit.</translation>
    </message>
    <message>
        <source>Your Cronofy plan does not include creating applications through the Admin API. Ask Cronofy support to enable it, or create the application in the Cronofy dashboard.</source>
        <translation>Ihr Cronofy-Tarif umfasst nicht das Anlegen von Anwendungen über die Admin-API. Bitten Sie den Cronofy-Support, dies freizuschalten, oder legen Sie die Anwendung im Cronofy-Dashboard an.</translation>
    </message>
    <message>
        <source>Your Cronofy plan does not include application calendars. Upgrade the plan in the Cronofy dashboard, then try again.</source>
        <translation>Ihr Cronofy-Tarif umfasst keine Anwendungskalender. Wechseln Sie im Cronofy-Dashboard zu einem höheren Tarif und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Your Cronofy plan does not include this feature (HTTP 402). Upgrade the plan in the Cronofy dashboard, then try again.</source>
        <translation>Ihr Cronofy-Tarif umfasst diese Funktion nicht (HTTP 402). Wechseln Sie im Cronofy-Dashboard zu einem höheren Tarif und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Cronofy recognised the admin API key but it may not create applications here. Check in the Cronofy dashboard which organizational unit the key belongs to.</source>
        <translation>Cronofy hat den Admin-API-Schlüssel erkannt, aber er darf hier keine Anwendungen anlegen. Prüfen Sie im Cronofy-Dashboard, zu welcher Organisationseinheit der Schlüssel gehört.</translation>
    </message>
    <message>
        <source>Cronofy recognised the credentials but they are not allowed to do this (HTTP 403). Check the application&apos;s permissions in the Cronofy dashboard.</source>
        <translation>Cronofy hat die Zugangsdaten erkannt, aber sie dürfen dies nicht tun (HTTP 403). Prüfen Sie die Berechtigungen der Anwendung im Cronofy-Dashboard.</translation>
    </message>
    <message>
        <source>Cronofy does not know this address (HTTP 404). Check the data center (%1), or the base URL if you entered one, in Settings.</source>
        <translation>Cronofy kennt diese Adresse nicht (HTTP 404). Prüfen Sie in den Einstellungen das Rechenzentrum (%1) oder, falls Sie eine eingegeben haben, die Basis-URL.</translation>
    </message>
    <message>
        <source>Cronofy gave up waiting for the request (HTTP 408). Check the internet connection and try again.</source>
        <translation>Cronofy hat das Warten auf die Anfrage aufgegeben (HTTP 408). Prüfen Sie die Internetverbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Cronofy did not accept what was sent (HTTP 422) but did not say which field. Check every field and try again.</source>
        <translation>Cronofy hat die gesendeten Daten nicht akzeptiert (HTTP 422), aber nicht angegeben, welches Feld betroffen ist. Prüfen Sie alle Felder und versuchen Sie es erneut.</translation>
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
        <translation>Cronofy hat einige Felder nicht akzeptiert: %1. Korrigieren Sie sie und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Cronofy reports the account as locked (HTTP 423). Look for a notice about the account in the Cronofy dashboard, or contact Cronofy support, then try again.</source>
        <translation>Laut Cronofy ist das Konto gesperrt (HTTP 423). Suchen Sie im Cronofy-Dashboard nach einem Hinweis zum Konto oder wenden Sie sich an den Cronofy-Support, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Cronofy reports this calendar&apos;s account as locked: it has no working connection to its calendar provider. Provision the calendar again; if that does not help, contact Cronofy support.</source>
        <translation>Laut Cronofy ist das Konto dieses Kalenders gesperrt: Es hat keine funktionierende Verbindung zu seinem Kalenderanbieter. Stellen Sie den Kalender erneut bereit; wenn das nicht hilft, wenden Sie sich an den Cronofy-Support.</translation>
    </message>
    <message numerus="yes">
        <source>Cronofy is limiting requests. Wait %n second(s) and try again.</source>
        <translation>
            <numerusform>Cronofy begrenzt die Anfragen. Warten Sie %n Sekunde und versuchen Sie es erneut.</numerusform>
            <numerusform>Cronofy begrenzt die Anfragen. Warten Sie %n Sekunden und versuchen Sie es erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cronofy is limiting requests because too many were sent in a short time. Wait a minute and try again, or send fewer at once.</source>
        <translation>Cronofy begrenzt die Anfragen, weil in kurzer Zeit zu viele gesendet wurden. Warten Sie eine Minute und versuchen Sie es erneut, oder senden Sie weniger auf einmal.</translation>
    </message>
    <message>
        <source>Cronofy refused the request (HTTP %1). Check what you entered and try again; if it keeps happening, send the details to whoever supports your Cronofy account.</source>
        <translation>Cronofy hat die Anfrage abgelehnt (HTTP %1). Prüfen Sie Ihre Eingaben und versuchen Sie es erneut; wenn es weiterhin auftritt, senden Sie die Details an die Person, die Ihr Cronofy-Konto betreut.</translation>
    </message>
    <message>
        <source>The offline sandbox is not answering. Restart Cronofy Console to start it again.</source>
        <translation>Die Offline-Sandbox antwortet nicht. Starten Sie Cronofy Console neu, um sie wieder zu starten.</translation>
    </message>
    <message>
        <source>Nothing is answering at %1. If it is a server on this computer, such as cronofy-sandbox, start it again; otherwise correct the base URL in Settings.</source>
        <translation>Unter %1 antwortet nichts. Ist es ein Server auf diesem Computer, etwa cronofy-sandbox, starten Sie ihn erneut; andernfalls korrigieren Sie die Basis-URL in den Einstellungen.</translation>
    </message>
    <message>
        <source>Cronofy refused the admin API key of the account “%1” (%2). Check that the key belongs to this data center and has not been revoked in the Cronofy dashboard, then replace the key in Settings (or with &quot;cronofyctl account replace-key&quot;), or add the right account with &quot;cronofyctl account add&quot;.</source>
        <translation>Cronofy hat den Admin-API-Schlüssel des Kontos „%1“ (%2) abgelehnt. Prüfen Sie, ob der Schlüssel zu diesem Rechenzentrum gehört und im Cronofy-Dashboard nicht widerrufen wurde, und ersetzen Sie ihn dann in den Einstellungen (oder mit &quot;cronofyctl account replace-key&quot;), oder fügen Sie das richtige Konto mit &quot;cronofyctl account add&quot; hinzu.</translation>
    </message>
    <message>
        <source>Cronofy recognised the admin API key of the account “%1” (%2) but it may not create applications here (HTTP 403). Check in the Cronofy dashboard which organizational unit and data center the key belongs to, then replace the key in Settings (or with &quot;cronofyctl account replace-key&quot;).</source>
        <translation>Cronofy hat den Admin-API-Schlüssel des Kontos „%1“ (%2) erkannt, aber er darf hier keine Anwendungen erstellen (HTTP 403). Prüfen Sie im Cronofy-Dashboard, zu welcher Organisationseinheit und welchem Rechenzentrum der Schlüssel gehört, und ersetzen Sie ihn dann in den Einstellungen (oder mit &quot;cronofyctl account replace-key&quot;).</translation>
    </message>
</context>
<context>
    <name>ApplicationsModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>Data center</source>
        <translation>Rechenzentrum</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Client-Secret</translation>
    </message>
    <message>
        <source>%1 (removed)</source>
        <translation>%1 (entfernt)</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
</context>
<context>
    <name>ApplicationsPage</name>
    <message>
        <source>&amp;Create Application…</source>
        <translation type="vanished">Anwendung &amp;erstellen…</translation>
    </message>
    <message>
        <source>Cr&amp;eate Application…</source>
        <translation>Anwendung e&amp;rstellen…</translation>
    </message>
    <message>
        <source>Search applications</source>
        <translation>Anwendungen durchsuchen</translation>
    </message>
    <message>
        <source>Search by name or client ID</source>
        <translation>Nach Name oder Client-ID suchen</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Anwendungen</translation>
    </message>
    <message>
        <source>No applications yet.

Create one with Create Application (Ctrl+N), or import one that was made in the Cronofy dashboard.</source>
        <translation type="vanished">Noch keine Anwendungen.

Erstellen Sie eine mit „Anwendung erstellen“ (Strg+N), oder importieren Sie eine, die im Cronofy-Dashboard angelegt wurde.</translation>
    </message>
    <message>
        <source>No applications yet.

Press Enter to create your first one with Create Application (Ctrl+N), or import one that was made in the Cronofy dashboard.</source>
        <translation>Noch keine Anwendungen.

Drücken Sie die Eingabetaste, um Ihre erste mit „Anwendung erstellen“ (Strg+N) anzulegen, oder importieren Sie eine, die im Cronofy-Dashboard angelegt wurde.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation>Client-ID:</translation>
    </message>
    <message>
        <source>Web address:</source>
        <translation>Webadresse:</translation>
    </message>
    <message>
        <source>Data center:</source>
        <translation>Rechenzentrum:</translation>
    </message>
    <message>
        <source>Added:</source>
        <translation>Hinzugefügt:</translation>
    </message>
    <message>
        <source>Client secret:</source>
        <translation>Client-Secret:</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Create application</source>
        <translation>Anwendung erstellen</translation>
    </message>
    <message>
        <source>Create a new Cronofy application (Ctrl+N)</source>
        <translation>Neue Cronofy-Anwendung erstellen (Strg+N)</translation>
    </message>
    <message>
        <source>&amp;Import Application…</source>
        <translation>Anwendung &amp;importieren…</translation>
    </message>
    <message>
        <source>Import application</source>
        <translation>Anwendung importieren</translation>
    </message>
    <message>
        <source>Add an application made in the Cronofy dashboard</source>
        <translation>Eine im Cronofy-Dashboard angelegte Anwendung hinzufügen</translation>
    </message>
    <message>
        <source>Submit for &amp;Verification…</source>
        <translation>Zur &amp;Verifizierung einreichen…</translation>
    </message>
    <message>
        <source>Submit for verification</source>
        <translation>Zur Verifizierung einreichen</translation>
    </message>
    <message>
        <source>Ask Cronofy to verify the application, so people outside your organisation can use it</source>
        <translation>Cronofy bitten, die Anwendung zu verifizieren, damit Personen außerhalb Ihrer Organisation sie nutzen können</translation>
    </message>
    <message>
        <source>&amp;Replace Client Secret…</source>
        <translation>Client-Secret erse&amp;tzen…</translation>
    </message>
    <message>
        <source>Replace client secret</source>
        <translation>Client-Secret ersetzen</translation>
    </message>
    <message>
        <source>Store a new client secret after you made one in the Cronofy dashboard</source>
        <translation>Ein neues Client-Secret speichern, nachdem Sie eines im Cronofy-Dashboard erzeugt haben</translation>
    </message>
    <message>
        <source>Cop&amp;y Client ID</source>
        <translation>Client-ID k&amp;opieren</translation>
    </message>
    <message>
        <source>Copy client ID</source>
        <translation>Client-ID kopieren</translation>
    </message>
    <message>
        <source>Copy the selected application&apos;s client ID</source>
        <translation>Die Client-ID der ausgewählten Anwendung kopieren</translation>
    </message>
    <message>
        <source>Show Calen&amp;dars</source>
        <translation>Kalender an&amp;zeigen</translation>
    </message>
    <message>
        <source>Show the application&apos;s calendars</source>
        <translation>Die Kalender der Anwendung anzeigen</translation>
    </message>
    <message>
        <source>Open the Calendars page with this application&apos;s calendars</source>
        <translation>Die Seite „Kalender“ mit den Kalendern dieser Anwendung öffnen</translation>
    </message>
    <message>
        <source>&amp;Provision Calendar…</source>
        <translation>Kalender &amp;bereitstellen…</translation>
    </message>
    <message>
        <source>Provision a calendar for the application</source>
        <translation>Einen Kalender für die Anwendung bereitstellen</translation>
    </message>
    <message>
        <source>Create a calendar for this application, or get an existing one back</source>
        <translation>Einen Kalender für diese Anwendung anlegen oder einen vorhandenen zurückholen</translation>
    </message>
    <message>
        <source>&amp;Bulk Provision…</source>
        <translation>&amp;Massenbereitstellung…</translation>
    </message>
    <message>
        <source>Provision many calendars for the application</source>
        <translation>Viele Kalender für die Anwendung bereitstellen</translation>
    </message>
    <message>
        <source>Provision many calendars of this application from a CSV or text file</source>
        <translation>Viele Kalender dieser Anwendung aus einer CSV- oder Textdatei bereitstellen</translation>
    </message>
    <message>
        <source>Select an application to see its details.</source>
        <translation>Wählen Sie eine Anwendung aus, um ihre Details zu sehen.</translation>
    </message>
    <message>
        <source>(not known for imported applications)</source>
        <translation>(bei importierten Anwendungen nicht bekannt)</translation>
    </message>
    <message>
        <source>Offline sandbox</source>
        <translation type="vanished">Offline-Sandbox</translation>
    </message>
    <message>
        <source>Imported on %1</source>
        <translation>Importiert am %1</translation>
    </message>
    <message>
        <source>Created on %1</source>
        <translation>Erstellt am %1</translation>
    </message>
    <message>
        <source>Stored in this computer&apos;s keychain.</source>
        <translation>Im Schlüsselbund dieses Computers gespeichert.</translation>
    </message>
    <message>
        <source>NOT stored in the keychain. Calendars cannot be provisioned for this application until you store its secret with Replace Client Secret.</source>
        <translation>NICHT im Schlüsselbund gespeichert. Für diese Anwendung können keine Kalender bereitgestellt werden, bis Sie ihr Secret mit „Client-Secret ersetzen“ speichern.</translation>
    </message>
    <message>
        <source>The application was imported and its secret stored in the keychain.</source>
        <translation>Die Anwendung wurde importiert und ihr Secret im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>Submitted. Cronofy will contact you by email about the verification.</source>
        <translation>Eingereicht. Cronofy meldet sich per E-Mail wegen der Verifizierung bei Ihnen.</translation>
    </message>
    <message>
        <source>The new client secret is stored in the keychain.</source>
        <translation>Das neue Client-Secret ist im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>Copied the client ID %1.</source>
        <translation>Client-ID %1 kopiert.</translation>
    </message>
    <message>
        <source>Show the applications of</source>
        <translation>Anwendungen anzeigen von</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Konto:</translation>
    </message>
    <message>
        <source>Acc&amp;ount:</source>
        <translation>Ko&amp;nto:</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Alle Konten</translation>
    </message>
    <message>
        <source>(none: imported from the dashboard)</source>
        <translation>(keines: aus dem Dashboard importiert)</translation>
    </message>
    <message>
        <source>%1 (removed: its applications stay listed)</source>
        <translation>%1 (entfernt: seine Anwendungen bleiben in der Liste)</translation>
    </message>
</context>
<context>
    <name>BulkProvisionDialog</name>
    <message>
        <source>Provision calendars from a file</source>
        <translation>Kalender aus einer Datei bereitstellen</translation>
    </message>
    <message>
        <source>Provision many application calendars of %1 at once. Choose a CSV file with a header row (the column application_calendar_id is used, or else the first column) or a text file with one ID per line. Calendars already provisioned are skipped, so you can start the same file again after an interruption.</source>
        <translation>Stellen Sie viele Anwendungskalender von %1 auf einmal bereit. Wählen Sie eine CSV-Datei mit Kopfzeile (verwendet wird die Spalte application_calendar_id, sonst die erste Spalte) oder eine Textdatei mit einer ID pro Zeile. Bereits bereitgestellte Kalender werden übersprungen; Sie können dieselbe Datei daher nach einer Unterbrechung erneut starten.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>File with calendar IDs</source>
        <translation>Datei mit Kalender-IDs</translation>
    </message>
    <message>
        <source>Type a path and press Enter, or choose a file</source>
        <translation>Pfad eingeben und Eingabetaste drücken oder Datei wählen</translation>
    </message>
    <message>
        <source>C&amp;hoose file...</source>
        <translation type="vanished">Datei &amp;wählen…</translation>
    </message>
    <message>
        <source>Choose file</source>
        <translation>Datei wählen</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Lines that will not be sent</source>
        <translation>Zeilen, die nicht gesendet werden</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Calendar ID</source>
        <translation>Kalender-ID</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Provision &amp;again the calendars that are already provisioned</source>
        <translation>Bereits bereitgestellte Kalender e&amp;rneut bereitstellen</translation>
    </message>
    <message>
        <source>Provision again the calendars that are already provisioned</source>
        <translation>Bereits bereitgestellte Kalender erneut bereitstellen</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Calendars that failed</source>
        <translation>Fehlgeschlagene Kalender</translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation>Was schiefging</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>Start provisioning</source>
        <translation>Bereitstellung starten</translation>
    </message>
    <message>
        <source>&amp;Cancel run</source>
        <translation>Vorgang &amp;abbrechen</translation>
    </message>
    <message>
        <source>Stop &amp;now</source>
        <translation>&amp;Jetzt anhalten</translation>
    </message>
    <message>
        <source>Cancel the run</source>
        <translation>Den Vorgang abbrechen</translation>
    </message>
    <message>
        <source>&amp;Export failures...</source>
        <translation type="vanished">Fehlgeschlagene e&amp;xportieren…</translation>
    </message>
    <message>
        <source>C&amp;hoose file…</source>
        <translation>Datei &amp;wählen…</translation>
    </message>
    <message>
        <source>&amp;Export failures…</source>
        <translation>Fehlgeschlagene e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Export failures as CSV</source>
        <translation>Fehlgeschlagene als CSV exportieren</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Choose a file with calendar IDs</source>
        <translation>Datei mit Kalender-IDs wählen</translation>
    </message>
    <message>
        <source>CSV or text files (*.csv *.txt)</source>
        <translation>CSV- oder Textdateien (*.csv *.txt)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n calendar ID(s) in %1 (column &quot;%2&quot;).</source>
        <translation>
            <numerusform>%n Kalender-ID in %1 (Spalte „%2“).</numerusform>
            <numerusform>%n Kalender-IDs in %1 (Spalte „%2“).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n calendar ID(s) in %1, one per line.</source>
        <translation>
            <numerusform>%n Kalender-ID in %1, eine pro Zeile.</numerusform>
            <numerusform>%n Kalender-IDs in %1, eine pro Zeile.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate line(s) will be provisioned once.</source>
        <translation>
            <numerusform>%n doppelte Zeile wird nur einmal bereitgestellt.</numerusform>
            <numerusform>%n doppelte Zeilen werden nur einmal bereitgestellt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid ID(s) will not be sent; correct them in the file and load it again if they are needed.</source>
        <translation>
            <numerusform>%n ungültige ID wird nicht gesendet; korrigieren Sie sie in der Datei und laden Sie die Datei erneut, falls die ID gebraucht wird.</numerusform>
            <numerusform>%n ungültige IDs werden nicht gesendet; korrigieren Sie sie in der Datei und laden Sie die Datei erneut, falls die IDs gebraucht werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n are already provisioned and will be skipped.</source>
        <translation>
            <numerusform>%n ist bereits bereitgestellt und wird übersprungen.</numerusform>
            <numerusform>%n sind bereits bereitgestellt und werden übersprungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is nothing to provision. Choose a file with one ID per line, or a CSV file with an application_calendar_id column.</source>
        <translation>Es gibt nichts bereitzustellen. Wählen Sie eine Datei mit einer ID pro Zeile oder eine CSV-Datei mit der Spalte application_calendar_id.</translation>
    </message>
    <message>
        <source>Invalid IDs (%1)</source>
        <translation>Ungültige IDs (%1)</translation>
    </message>
    <message>
        <source>Duplicates (%1)</source>
        <translation>Doppelte (%1)</translation>
    </message>
    <message>
        <source>Already provisioned (%1)</source>
        <translation>Bereits bereitgestellt (%1)</translation>
    </message>
    <message>
        <source>Skipped unless you choose to provision again.</source>
        <translation>Wird übersprungen, sofern Sie nicht das erneute Bereitstellen wählen.</translation>
    </message>
    <message>
        <source>Reading the client secret from the keychain…</source>
        <translation>Client-Secret wird aus dem Schlüsselbund gelesen…</translation>
    </message>
    <message>
        <source>Stop now without waiting for the answers</source>
        <translation>Sofort anhalten, ohne auf die Antworten zu warten</translation>
    </message>
    <message numerus="yes">
        <source>Stopping: no new requests. Waiting for the answers to the %n request(s) already sent, so that what Cronofy did is saved.</source>
        <translation>
            <numerusform>Wird angehalten: keine neuen Anfragen. Es wird auf die Antwort auf die %n bereits gesendete Anfrage gewartet, damit gespeichert wird, was Cronofy getan hat.</numerusform>
            <numerusform>Wird angehalten: keine neuen Anfragen. Es wird auf die Antworten auf die %n bereits gesendeten Anfragen gewartet, damit gespeichert wird, was Cronofy getan hat.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the client secret from the keychain...</source>
        <translation type="vanished">Client-Secret wird aus dem Schlüsselbund gelesen…</translation>
    </message>
    <message>
        <source>Export failures</source>
        <translation>Fehlgeschlagene exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>%1-failures.csv</source>
        <translation>%1-fehlgeschlagen.csv</translation>
    </message>
    <message>
        <source>The failures could not be written to %1 (%2). Choose another folder and try again.</source>
        <translation>Die fehlgeschlagenen Kalender konnten nicht in %1 geschrieben werden (%2). Wählen Sie einen anderen Ordner und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The failures were saved to %1.</source>
        <translation>Die fehlgeschlagenen Kalender wurden in %1 gespeichert.</translation>
    </message>
    <message>
        <source>Provision the &amp;revoked calendars again (you revoked them)</source>
        <translation>Widerrufene &amp;Kalender erneut bereitstellen (Sie haben sie widerrufen)</translation>
    </message>
    <message>
        <source>Provision the revoked calendars again</source>
        <translation>Widerrufene Kalender erneut bereitstellen</translation>
    </message>
    <message numerus="yes">
        <source>%n were revoked and will be skipped unless you tick the box below to provision them again.</source>
        <translation>
            <numerusform>%n wurde widerrufen und wird übersprungen, außer Sie kreuzen unten an, ihn erneut bereitzustellen.</numerusform>
            <numerusform>%n wurden widerrufen und werden übersprungen, außer Sie kreuzen unten an, sie erneut bereitzustellen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoked (%1)</source>
        <translation>Widerrufen (%1)</translation>
    </message>
    <message>
        <source>You revoked it. Skipped unless you tick to provision the revoked calendars again.</source>
        <translation>Sie haben ihn widerrufen. Wird übersprungen, außer Sie kreuzen an, widerrufene Kalender erneut bereitzustellen.</translation>
    </message>
    <message numerus="yes">
        <source>%n invalid ID(s) in the file were not sent; the preview lists them with their lines.</source>
        <translation>
            <numerusform>%n ungültige ID in der Datei wurde nicht gesendet; die Vorschau nennt sie mit ihrer Zeile.</numerusform>
            <numerusform>%n ungültige IDs in der Datei wurden nicht gesendet; die Vorschau nennt sie mit ihren Zeilen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkProvisioner</name>
    <message>
        <source>%1 provisioned, %2 failed, %3 skipped, %4 not started.</source>
        <translation>%1 bereitgestellt, %2 fehlgeschlagen, %3 übersprungen, %4 nicht begonnen.</translation>
    </message>
</context>
<context>
    <name>BulkText</name>
    <message>
        <source>less than a second</source>
        <translation>weniger als eine Sekunde</translation>
    </message>
    <message numerus="yes">
        <source>about %n second(s)</source>
        <translation>
            <numerusform>etwa %n Sekunde</numerusform>
            <numerusform>etwa %n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>etwa %n Minute</numerusform>
            <numerusform>etwa %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n hour(s)</source>
        <translation>
            <numerusform>etwa %n Stunde</numerusform>
            <numerusform>etwa %n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>about %1 %2</source>
        <extracomment>%1 is &quot;1 hour&quot;/&quot;2 hours&quot;, %2 is &quot;5 minutes&quot;</extracomment>
        <translation>etwa %1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 per second</source>
        <translation>%1 pro Sekunde</translation>
    </message>
    <message>
        <source>%1 done, %2 failed, %3 remaining, %4 already provisioned</source>
        <translation>%1 erledigt, %2 fehlgeschlagen, %3 verbleibend, %4 bereits bereitgestellt</translation>
    </message>
    <message>
        <source>%1 done, %2 failed, %3 remaining</source>
        <translation>%1 erledigt, %2 fehlgeschlagen, %3 verbleibend</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>waiting for Cronofy&apos;s rate limit</source>
        <translation>wartet auf das Anfragelimit von Cronofy</translation>
    </message>
    <message>
        <source>estimating the time left</source>
        <translation>verbleibende Zeit wird geschätzt</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>noch %1</translation>
    </message>
    <message>
        <source>%1 - %2 - %3</source>
        <extracomment>counts, then the rate, then the time left, e.g. &quot;120 done, 2 failed, 878 remaining - 8.3 per second - about 2 minutes left&quot;</extracomment>
        <translation>%1 – %2 – %3</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled. %n calendar(s) were provisioned before the cancel.</source>
        <translation>
            <numerusform>Abgebrochen. %n Kalender wurde vor dem Abbruch bereitgestellt.</numerusform>
            <numerusform>Abgebrochen. %n Kalender wurden vor dem Abbruch bereitgestellt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n calendar(s): %1</source>
        <translation>
            <numerusform>Nach %n Kalender angehalten: %1</numerusform>
            <numerusform>Nach %n Kalendern angehalten: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Provisioned %n calendar(s).</source>
        <translation>
            <numerusform>%n Kalender bereitgestellt.</numerusform>
            <numerusform>%n Kalender bereitgestellt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed; the list below says why for each.</source>
        <translation>
            <numerusform>%n fehlgeschlagen; die Liste unten nennt jeweils den Grund.</numerusform>
            <numerusform>%n fehlgeschlagen; die Liste unten nennt jeweils den Grund.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n were already provisioned and were skipped.</source>
        <translation>
            <numerusform>%n war bereits bereitgestellt und wurde übersprungen.</numerusform>
            <numerusform>%n waren bereits bereitgestellt und wurden übersprungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n were not provisioned yet; run the same list again to continue where it stopped.</source>
        <translation>
            <numerusform>%n war noch nicht bereitgestellt; führen Sie dieselbe Liste erneut aus, um dort fortzufahren, wo sie angehalten hat.</numerusform>
            <numerusform>%n waren noch nicht bereitgestellt; führen Sie dieselbe Liste erneut aus, um dort fortzufahren, wo sie angehalten hat.</numerusform>
        </translation>
    </message>
    <message>
        <source>It took %1 (%2).</source>
        <translation>Dauer: %1 (%2).</translation>
    </message>
    <message>
        <source>, %1 revoked (skipped)</source>
        <extracomment>follows &quot;120 done, 2 failed, 878 remaining&quot;</extracomment>
        <translation>, %1 widerrufen (übersprungen)</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <extracomment>%1 is a list of calendar IDs; %n how many more there are</extracomment>
        <translation>
            <numerusform>%1 und %n weiterer</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n revoked calendar(s) skipped, since you revoked them: %1.</source>
        <extracomment>%1 names the calendars</extracomment>
        <translation>
            <numerusform>%n widerrufener Kalender übersprungen, da Sie ihn widerrufen haben: %1.</numerusform>
            <numerusform>%n widerrufene Kalender übersprungen, da Sie sie widerrufen haben: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarDetailsPane</name>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Calendar details</source>
        <translation>Kalenderdetails</translation>
    </message>
    <message>
        <source>Select a calendar in the list to see its details here.</source>
        <translation>Wählen Sie einen Kalender in der Liste aus, um hier seine Details zu sehen.</translation>
    </message>
    <message>
        <source>Copy the client ID</source>
        <translation>Client-ID kopieren</translation>
    </message>
    <message>
        <source>Copy the calendar ID</source>
        <translation>Kalender-ID kopieren</translation>
    </message>
    <message>
        <source>Copy the sub</source>
        <translation>Sub kopieren</translation>
    </message>
    <message>
        <source>Copy the profile ID</source>
        <translation>Profil-ID kopieren</translation>
    </message>
    <message>
        <source>Application:</source>
        <translation>Anwendung:</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation>Client-ID:</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>Calendar ID:</source>
        <translation>Kalender-ID:</translation>
    </message>
    <message>
        <source>Calendar ID</source>
        <translation>Kalender-ID</translation>
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
        <translation>Profil:</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Profilname</translation>
    </message>
    <message>
        <source>Profile ID:</source>
        <translation>Profil-ID:</translation>
    </message>
    <message>
        <source>Profile ID</source>
        <translation>Profil-ID</translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation>Anbieter:</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Access:</source>
        <translation>Zugriff:</translation>
    </message>
    <message>
        <source>Access scope</source>
        <translation>Zugriffsumfang</translation>
    </message>
    <message>
        <source>Provisioned:</source>
        <translation>Bereitgestellt:</translation>
    </message>
    <message>
        <source>Provisioned</source>
        <translation>Bereitgestellt</translation>
    </message>
    <message>
        <source>Last seen working:</source>
        <translation>Zuletzt funktionierend:</translation>
    </message>
    <message>
        <source>Last seen working</source>
        <translation>Zuletzt funktionierend</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last problem</source>
        <translation>Letztes Problem</translation>
    </message>
    <message>
        <source>Last problem:</source>
        <translation>Letztes Problem:</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Not provisioned yet</source>
        <translation>Noch nicht bereitgestellt</translation>
    </message>
    <message>
        <source>Read and write</source>
        <translation>Lesen und Schreiben</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Noch nicht</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keines</translation>
    </message>
    <message>
        <source>Selected calendar</source>
        <translation>Ausgewählter Kalender</translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <source>The calendars could not be exported to %1 (%2). Nothing was written there. Choose another folder or free some space, then try again.</source>
        <translation>Die Kalender konnten nicht nach %1 exportiert werden (%2). Dort wurde nichts geschrieben. Wählen Sie einen anderen Ordner oder schaffen Sie Speicherplatz und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The list could not be read (%1).</source>
        <translation>Die Liste konnte nicht gelesen werden (%1).</translation>
    </message>
    <message>
        <source>Writing failed (%1).</source>
        <translation type="vanished">Das Schreiben ist fehlgeschlagen (%1).</translation>
    </message>
    <message>
        <source>The list could not be read to the end.</source>
        <translation>Die Liste konnte nicht bis zum Ende gelesen werden.</translation>
    </message>
</context>
<context>
    <name>CalendarIdListReader</name>
    <message>
        <source>Listed already on line %1; it is provisioned once.</source>
        <translation>Bereits in Zeile %1 aufgeführt; er wird nur einmal bereitgestellt.</translation>
    </message>
    <message>
        <source>The quotation mark opened on line %1 is never closed, so the file cannot be read as CSV. Fix the quotes on that line and try again.</source>
        <translation>Das in Zeile %1 geöffnete Anführungszeichen wird nie geschlossen, daher kann die Datei nicht als CSV gelesen werden. Korrigieren Sie die Anführungszeichen in dieser Zeile und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>This row has no calendar ID in the column &quot;%1&quot;. Add one, or delete the row.</source>
        <translation>Diese Zeile hat keine Kalender-ID in der Spalte „%1“. Ergänzen Sie eine, oder löschen Sie die Zeile.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text. Save it as &quot;CSV UTF-8&quot; or plain UTF-8 text and try again.</source>
        <translation>Die Datei ist kein UTF-8-Text. Speichern Sie sie als „CSV UTF-8“ oder als reinen UTF-8-Text und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; cannot be read (%2). Check its permissions and try again.</source>
        <translation>Die Datei „%1“ kann nicht gelesen werden (%2). Prüfen Sie ihre Berechtigungen und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>There is no file &quot;%1&quot;. Check the name and the folder and try again.</source>
        <translation>Es gibt keine Datei „%1“. Prüfen Sie Namen und Ordner und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is too large (%2 MB). Split it into files of at most %3 MB.</source>
        <translation>Die Datei „%1“ ist zu groß (%2 MB). Teilen Sie sie in Dateien von höchstens %3 MB auf.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; cannot be read (%2). Check it and try again.</source>
        <translation>Die Datei „%1“ kann nicht gelesen werden (%2). Prüfen Sie sie und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>CalendarsModel</name>
    <message>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source>Calendar ID</source>
        <translation>Kalender-ID</translation>
    </message>
    <message>
        <source>Sub</source>
        <translation>Sub</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Provisioned</source>
        <translation>Bereitgestellt</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
</context>
<context>
    <name>CalendarsPage</name>
    <message>
        <source>Calendars</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Search by calendar ID, sub or profile</source>
        <translation>Nach Kalender-ID, Sub oder Profil suchen</translation>
    </message>
    <message>
        <source>Search calendars</source>
        <translation>Kalender durchsuchen</translation>
    </message>
    <message>
        <source>Shows only the calendars whose ID, sub or profile contains the text</source>
        <translation>Zeigt nur die Kalender, deren ID, Sub oder Profil den Text enthält</translation>
    </message>
    <message>
        <source>Searc&amp;h:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>Show calendars of application</source>
        <translation>Kalender dieser Anwendung anzeigen</translation>
    </message>
    <message>
        <source>App&amp;lication:</source>
        <translation>Anwendu&amp;ng:</translation>
    </message>
    <message>
        <source>Show calendars with status</source>
        <translation>Kalender mit diesem Status anzeigen</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <source>&amp;Provision calendar…</source>
        <translation>Kalender &amp;bereitstellen…</translation>
    </message>
    <message>
        <source>Provision a calendar</source>
        <translation>Einen Kalender bereitstellen</translation>
    </message>
    <message>
        <source>Create a calendar for an application, or get an existing one back (Ctrl+P)</source>
        <translation>Einen Kalender für eine Anwendung anlegen oder einen vorhandenen zurückholen (Strg+P)</translation>
    </message>
    <message>
        <source>&amp;Bulk provision…</source>
        <translation>&amp;Massenbereitstellung…</translation>
    </message>
    <message>
        <source>Provision many calendars from a file</source>
        <translation>Viele Kalender aus einer Datei bereitstellen</translation>
    </message>
    <message>
        <source>Provision many calendars of the application chosen in Application from a CSV or text file</source>
        <translation>Viele Kalender der unter „Anwendung“ gewählten Anwendung aus einer CSV- oder Textdatei bereitstellen</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>Verify the selected calendar</source>
        <translation>Den ausgewählten Kalender prüfen</translation>
    </message>
    <message>
        <source>Ask Cronofy whether the selected calendar works</source>
        <translation>Cronofy fragen, ob der ausgewählte Kalender funktioniert</translation>
    </message>
    <message>
        <source>Get fresh &amp;tokens</source>
        <translation>Neue &amp;Tokens holen</translation>
    </message>
    <message>
        <source>Get fresh tokens for the selected calendar</source>
        <translation>Neue Tokens für den ausgewählten Kalender holen</translation>
    </message>
    <message>
        <source>Copy a new access token for the selected calendar to the clipboard</source>
        <translation>Ein neues Zugriffstoken für den ausgewählten Kalender in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>&amp;Widerrufen…</translation>
    </message>
    <message>
        <source>Revoke the selected calendar</source>
        <translation>Den ausgewählten Kalender widerrufen</translation>
    </message>
    <message>
        <source>Stop the selected calendar&apos;s tokens from working</source>
        <translation>Die Tokens des ausgewählten Kalenders unbrauchbar machen</translation>
    </message>
    <message>
        <source>E&amp;xport shown as CSV…</source>
        <translation>Als CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Export the calendars shown as CSV</source>
        <translation>Die angezeigten Kalender als CSV exportieren</translation>
    </message>
    <message>
        <source>Save the calendars the list shows now (after search and filters) as a CSV file for spreadsheets</source>
        <translation>Die Kalender, die die Liste gerade zeigt (nach Suche und Filtern), als CSV-Datei für Tabellenkalkulationen speichern</translation>
    </message>
    <message>
        <source>Export shown as &amp;JSON…</source>
        <translation>Als &amp;JSON exportieren…</translation>
    </message>
    <message>
        <source>Export the calendars shown as JSON</source>
        <translation>Die angezeigten Kalender als JSON exportieren</translation>
    </message>
    <message>
        <source>Save the calendars the list shows now (after search and filters) as a JSON file for programs</source>
        <translation>Die Kalender, die die Liste gerade zeigt (nach Suche und Filtern), als JSON-Datei für Programme speichern</translation>
    </message>
    <message>
        <source>All applications</source>
        <translation>Alle Anwendungen</translation>
    </message>
    <message numerus="yes">
        <source>Showing %n calendar(s)</source>
        <translation>
            <numerusform>%n Kalender angezeigt</numerusform>
            <numerusform>%n Kalender angezeigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %n calendar(s) of %1</source>
        <extracomment>%n is the number shown, %1 the number kept in all.</extracomment>
        <translation type="vanished">
            <numerusform>%n von %1 Kalendern angezeigt</numerusform>
            <numerusform>%n von %1 Kalendern angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no application yet. Create or import one on the Applications page first.</source>
        <translation>Es gibt noch keine Anwendung. Erstellen oder importieren Sie zuerst eine auf der Seite „Anwendungen“.</translation>
    </message>
    <message>
        <source>Choose the application in the Application list first, then press Bulk provision again.</source>
        <translation>Wählen Sie zuerst die Anwendung in der Liste „Anwendung“ und klicken Sie dann erneut auf „Massenbereitstellung“.</translation>
    </message>
    <message>
        <source>Could not verify “%1”. %2</source>
        <extracomment>%1 is the calendar ID, %2 the sentence that says what happened and what to do.</extracomment>
        <translation>„%1“ konnte nicht geprüft werden. %2</translation>
    </message>
    <message>
        <source>“%1” is healthy.</source>
        <translation>„%1“ funktioniert einwandfrei.</translation>
    </message>
    <message>
        <source>Verifying with Cronofy…</source>
        <translation>Wird bei Cronofy geprüft…</translation>
    </message>
    <message>
        <source>Could not get fresh tokens for “%1”. %2</source>
        <translation>Für „%1“ konnten keine neuen Tokens geholt werden. %2</translation>
    </message>
    <message>
        <source>Getting fresh tokens…</source>
        <translation>Neue Tokens werden geholt…</translation>
    </message>
    <message>
        <source>Revoke Calendar</source>
        <translation>Kalender widerrufen</translation>
    </message>
    <message>
        <source>Revoke the calendar “%1” of %2?</source>
        <extracomment>%1 is the calendar ID, %2 the application&apos;s name.</extracomment>
        <translation>Den Kalender „%1“ von %2 widerrufen?</translation>
    </message>
    <message>
        <source>Its tokens stop working at once, and programs that use it lose access. This cannot be undone, except by provisioning the same calendar ID again, which gives it new tokens.</source>
        <translation>Seine Tokens funktionieren sofort nicht mehr, und Programme, die ihn nutzen, verlieren den Zugriff. Das lässt sich nicht rückgängig machen, außer indem Sie dieselbe Kalender-ID erneut bereitstellen, wodurch sie neue Tokens erhält.</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>&amp;Widerrufen</translation>
    </message>
    <message>
        <source>Revoke the calendar</source>
        <translation>Den Kalender widerrufen</translation>
    </message>
    <message>
        <source>&amp;Keep It</source>
        <translation>&amp;Behalten</translation>
    </message>
    <message>
        <source>Keep the calendar</source>
        <translation>Den Kalender behalten</translation>
    </message>
    <message>
        <source>Could not revoke “%1”. %2</source>
        <translation>„%1“ konnte nicht widerrufen werden. %2</translation>
    </message>
    <message>
        <source>“%1” is revoked. Provision it again if it is needed later.</source>
        <translation>„%1“ ist widerrufen. Stellen Sie ihn erneut bereit, falls er später gebraucht wird.</translation>
    </message>
    <message>
        <source>Revoking…</source>
        <translation>Wird widerrufen…</translation>
    </message>
    <message numerus="yes">
        <source>Export %n Calendar(s) as CSV</source>
        <translation>
            <numerusform>%n Kalender als CSV exportieren</numerusform>
            <numerusform>%n Kalender als CSV exportieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export %n Calendar(s) as JSON</source>
        <translation>
            <numerusform>%n Kalender als JSON exportieren</numerusform>
            <numerusform>%n Kalender als JSON exportieren</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Could not save %1. %2</source>
        <extracomment>%1 is the file, %2 the reason and what to do.</extracomment>
        <translation>%1 konnte nicht gespeichert werden. %2</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n calendar(s) to %1.</source>
        <translation>
            <numerusform>%n Kalender in %1 gespeichert.</numerusform>
            <numerusform>%n Kalender in %1 gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message numerus="yes">
        <source>Showing more than %n calendar(s)…</source>
        <translation>
            <numerusform>Mehr als %n Kalender werden angezeigt…</numerusform>
            <numerusform>Mehr als %n Kalender werden angezeigt…</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting calendars…</source>
        <translation>Kalender werden exportiert…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="vanished">Abbrechen</translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="vanished">Export</translation>
    </message>
    <message>
        <source>The export was cancelled. Nothing was written to %1.</source>
        <translation>Der Export wurde abgebrochen. In %1 wurde nichts geschrieben.</translation>
    </message>
</context>
<context>
    <name>ClearButton</name>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Clear the field</source>
        <translation>Das Feld leeren</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Stores the admin API key of a data center in the keychain. The key is read from standard input (never from the command line); on a terminal it is not shown while you type. Find it in the Cronofy dashboard under Admin API.</source>
        <translation type="vanished">Speichert den Admin-API-Schlüssel eines Rechenzentrums im Schlüsselbund. Der Schlüssel wird von der Standardeingabe gelesen (nie von der Befehlszeile); in einem Terminal wird er beim Tippen nicht angezeigt. Sie finden ihn im Cronofy-Dashboard unter „Admin API“.</translation>
    </message>
    <message>
        <source>The key is read from standard input, never from the command line. Remove &quot;%1&quot; and pipe the key in instead.</source>
        <translation>Der Schlüssel wird von der Standardeingabe gelesen, nie von der Befehlszeile. Entfernen Sie „%1“ und leiten Sie den Schlüssel stattdessen per Pipe ein.</translation>
    </message>
    <message>
        <source>Admin API key for %1 (not shown): </source>
        <translation>Admin-API-Schlüssel für %1 (wird nicht angezeigt): </translation>
    </message>
    <message>
        <source>The admin API key for %1 is stored in the keychain.</source>
        <translation>Der Admin-API-Schlüssel für %1 ist im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>Removes the admin API key of a data center from the keychain.</source>
        <translation type="vanished">Entfernt den Admin-API-Schlüssel eines Rechenzentrums aus dem Schlüsselbund.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an option of this command.</source>
        <translation>„%1“ ist keine Option dieses Befehls.</translation>
    </message>
    <message>
        <source>No admin API key is stored for %1 any more.</source>
        <translation>Für %1 ist kein Admin-API-Schlüssel mehr gespeichert.</translation>
    </message>
    <message>
        <source>Usage: cronofyctl admin-key set --data-center DC &lt; key
       cronofyctl admin-key remove --data-center DC

Run &quot;cronofyctl admin-key set --help&quot; for details.</source>
        <translation type="vanished">Aufruf: cronofyctl admin-key set --data-center DC &lt; schlüssel
        cronofyctl admin-key remove --data-center DC

Details: „cronofyctl admin-key set --help“.</translation>
    </message>
    <message>
        <source>Say what to do with the admin API key: set or remove.</source>
        <translation type="vanished">Geben Sie an, was mit dem Admin-API-Schlüssel geschehen soll: set oder remove.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not something cronofyctl admin-key can do; use set or remove.</source>
        <translation type="vanished">„%1“ kann cronofyctl admin-key nicht; verwenden Sie set oder remove.</translation>
    </message>
    <message>
        <source>Creates a Cronofy application with the data center&apos;s admin API key (stored with &quot;cronofyctl admin-key set&quot;) and prints its client_id. Its client_secret goes to the keychain; Cronofy shows it only once. If the keychain cannot store it, the secret is printed with a warning and the exit code is 3: save it at once.</source>
        <translation type="vanished">Erstellt eine Cronofy-Anwendung mit dem Admin-API-Schlüssel des Rechenzentrums (gespeichert mit „cronofyctl admin-key set“) und gibt ihre client_id aus. Ihr client_secret kommt in den Schlüsselbund; Cronofy zeigt es nur einmal. Kann der Schlüsselbund es nicht speichern, wird das Secret mit einer Warnung ausgegeben und der Exit-Code ist 3: Sichern Sie es sofort.</translation>
    </message>
    <message>
        <source>The application&apos;s name, shown to people when they connect a calendar.</source>
        <translation>Der Name der Anwendung, der Personen angezeigt wird, wenn sie einen Kalender verbinden.</translation>
    </message>
    <message>
        <source>The application&apos;s home page, e.g. https://example.com.</source>
        <translation>Die Startseite der Anwendung, z. B. https://example.com.</translation>
    </message>
    <message>
        <source>Also print the client secret (on the line after the client_id).</source>
        <translation>Auch das Client-Secret ausgeben (in der Zeile nach der client_id).</translation>
    </message>
    <message>
        <source>Read the admin API key from standard input for this call only, instead of the keychain. It is not stored.</source>
        <translation type="vanished">Den Admin-API-Schlüssel nur für diesen Aufruf von der Standardeingabe lesen statt aus dem Schlüsselbund. Er wird nicht gespeichert.</translation>
    </message>
    <message>
        <source>WARNING: the client secret printed above was NOT stored in the keychain: %1</source>
        <translation>WARNUNG: Das oben ausgegebene Client-Secret wurde NICHT im Schlüsselbund gespeichert: %1</translation>
    </message>
    <message>
        <source>Cronofy will not show it again. Save it now (for example in a password manager), then store it with: cronofyctl app set-secret --client-id %1</source>
        <translation type="vanished">Cronofy zeigt es nicht noch einmal. Sichern Sie es jetzt (zum Beispiel in einem Passwortmanager) und speichern Sie es dann mit: cronofyctl app set-secret --client-id %1</translation>
    </message>
    <message>
        <source>The application was created and its secret is in the keychain, but it is not in the list. The client secret is printed above; add the application with &quot;cronofyctl app import&quot; once the problem is fixed.</source>
        <translation>Die Anwendung wurde erstellt und ihr Secret liegt im Schlüsselbund, aber sie steht nicht in der Liste. Das Client-Secret ist oben ausgegeben; fügen Sie die Anwendung mit „cronofyctl app import“ hinzu, sobald das Problem behoben ist.</translation>
    </message>
    <message>
        <source>Adds an application made in the Cronofy dashboard. Its client secret is read from standard input and checked with Cronofy before it is stored in the keychain.</source>
        <translation type="vanished">Fügt eine im Cronofy-Dashboard angelegte Anwendung hinzu. Ihr Client-Secret wird von der Standardeingabe gelesen und bei Cronofy geprüft, bevor es im Schlüsselbund gespeichert wird.</translation>
    </message>
    <message>
        <source>The application&apos;s client_id.</source>
        <translation>Die client_id der Anwendung.</translation>
    </message>
    <message>
        <source>A name for the list (default: the client_id).</source>
        <translation type="vanished">Ein Name für die Liste (Standard: die client_id).</translation>
    </message>
    <message>
        <source>--client-id: %1</source>
        <translation>--client-id: %1</translation>
    </message>
    <message>
        <source>Client secret of %1 (not shown): </source>
        <translation>Client-Secret von %1 (wird nicht angezeigt): </translation>
    </message>
    <message>
        <source>Stores or replaces the client secret of an application in the list (after a rotation in the Cronofy dashboard, or when the keychain could not store it). The secret is read from standard input.</source>
        <translation type="vanished">Speichert oder ersetzt das Client-Secret einer Anwendung in der Liste (nach einer Rotation im Cronofy-Dashboard oder wenn der Schlüsselbund es nicht speichern konnte). Das Secret wird von der Standardeingabe gelesen.</translation>
    </message>
    <message>
        <source>The application %1 is not in the list. Add it with &quot;cronofyctl app import&quot;.</source>
        <translation type="vanished">Die Anwendung %1 steht nicht in der Liste. Fügen Sie sie mit „cronofyctl app import“ hinzu.</translation>
    </message>
    <message>
        <source>The client secret of %1 is stored in the keychain.</source>
        <translation type="vanished">Das Client-Secret von %1 ist im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>Cronofy will not show it again. Save it now (for example in a password manager), then store it with: cronofyctl app import --data-center %1 --client-id %2</source>
        <translation>Cronofy zeigt es nicht noch einmal. Sichern Sie es jetzt (zum Beispiel in einem Passwortmanager) und speichern Sie es dann mit: cronofyctl app import --data-center %1 --client-id %2</translation>
    </message>
    <message>
        <source>The application was already in the list; its new client secret is stored in the keychain.</source>
        <translation>Die Anwendung stand bereits in der Liste; ihr neues Client-Secret ist im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>Adds an application made in the Cronofy dashboard. Its client secret is read from standard input and checked with Cronofy before it is stored in the keychain. If the application is already in the list, its client secret is replaced (after a rotation in the dashboard, or when the keychain could not store it).</source>
        <translation>Fügt eine im Cronofy-Dashboard angelegte Anwendung hinzu. Ihr Client-Secret wird von der Standardeingabe gelesen und bei Cronofy geprüft, bevor es im Schlüsselbund gespeichert wird. Steht die Anwendung bereits in der Liste, wird ihr Client-Secret ersetzt (nach einer Rotation im Dashboard oder wenn der Schlüsselbund es nicht speichern konnte).</translation>
    </message>
    <message>
        <source>The application %1 is in the list for the data center %2, not %3. Run the command again with --data-center %2.</source>
        <translation>Die Anwendung %1 steht für das Rechenzentrum %2 in der Liste, nicht für %3. Führen Sie den Befehl erneut mit --data-center %2 aus.</translation>
    </message>
    <message>
        <source>Lists the applications this computer created or imported. Never prints a secret.</source>
        <translation>Listet die Anwendungen auf, die dieser Computer erstellt oder importiert hat. Gibt nie ein Secret aus.</translation>
    </message>
    <message>
        <source>Print a JSON array instead of a table.</source>
        <translation>Ein JSON-Array statt einer Tabelle ausgeben.</translation>
    </message>
    <message>
        <source>No applications yet. Create one with &quot;cronofyctl app create&quot; or add one with &quot;cronofyctl app import&quot;.</source>
        <translation>Noch keine Anwendungen. Erstellen Sie eine mit „cronofyctl app create“ oder fügen Sie eine mit „cronofyctl app import“ hinzu.</translation>
    </message>
    <message>
        <source>stored</source>
        <translation>gespeichert</translation>
    </message>
    <message>
        <source>NOT STORED</source>
        <translation>NICHT GESPEICHERT</translation>
    </message>
    <message>
        <source>CLIENT_ID</source>
        <translation>CLIENT_ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>DATA_CENTER</source>
        <translation>RECHENZENTRUM</translation>
    </message>
    <message>
        <source>SECRET</source>
        <translation>SECRET</translation>
    </message>
    <message>
        <source>ADDED</source>
        <translation>HINZUGEFÜGT</translation>
    </message>
    <message>
        <source>Usage: cronofyctl app create --data-center DC --name NAME --url URL [--show-secret]
       cronofyctl app import --data-center DC --client-id ID &lt; secret
       cronofyctl app list [--json]

Run &quot;cronofyctl app create --help&quot; (and so on) for details.</source>
        <translation type="vanished">Aufruf: cronofyctl app create --data-center DC --name NAME --url URL [--show-secret]
        cronofyctl app import --data-center DC --client-id ID &lt; secret
        cronofyctl app list [--json]

Details: „cronofyctl app create --help“ (und so weiter).</translation>
    </message>
    <message>
        <source>Say what to do with applications: create, import or list.</source>
        <translation type="vanished">Geben Sie an, was mit Anwendungen geschehen soll: create, import oder list.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not something cronofyctl app can do; use create, import or list.</source>
        <translation type="vanished">„%1“ kann cronofyctl app nicht; verwenden Sie create, import oder list.</translation>
    </message>
    <message>
        <source>Usage: cronofyctl app create --data-center DC --name NAME --url URL [--show-secret]
       cronofyctl app import --data-center DC --client-id ID [--name NAME] &lt; secret
       cronofyctl app set-secret --client-id ID &lt; secret
       cronofyctl app list [--json]

Run &quot;cronofyctl app create --help&quot; (and so on) for details.</source>
        <translation type="vanished">Aufruf: cronofyctl app create --data-center DC --name NAME --url URL [--show-secret]
        cronofyctl app import --data-center DC --client-id ID [--name NAME] &lt; secret
        cronofyctl app set-secret --client-id ID &lt; secret
        cronofyctl app list [--json]

Details: „cronofyctl app create --help“ (und so weiter).</translation>
    </message>
    <message>
        <source>Say what to do with applications: create, import, set-secret or list.</source>
        <translation type="vanished">Geben Sie an, was mit Anwendungen geschehen soll: create, import, set-secret oder list.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not something cronofyctl app can do; use create, import, set-secret or list.</source>
        <translation type="vanished">„%1“ kann cronofyctl app nicht; verwenden Sie create, import, set-secret oder list.</translation>
    </message>
    <message>
        <source>The application&apos;s client_id (see &quot;cronofyctl app list&quot;).</source>
        <translation>Die client_id der Anwendung (siehe „cronofyctl app list“).</translation>
    </message>
    <message>
        <source>Say which application with --app CLIENT_ID.</source>
        <translation>Geben Sie die Anwendung mit --app CLIENT_ID an.</translation>
    </message>
    <message>
        <source>The application %1 is not in the list. See &quot;cronofyctl app list&quot;, or add it with &quot;cronofyctl app import&quot;.</source>
        <translation>Die Anwendung %1 steht nicht in der Liste. Siehe „cronofyctl app list“, oder fügen Sie sie mit „cronofyctl app import“ hinzu.</translation>
    </message>
    <message>
        <source>Provisions application calendars, paced to Cronofy&apos;s limits per application (50 requests per second and 500 per minute unless changed). Each result is saved at once, so after an interruption the same command continues where it stopped: calendars already provisioned are skipped (unless --refresh). A CSV file needs a header row; the column application_calendar_id is used, or else the first column. A plain text file has one ID per line. Duplicates are provisioned once; if any ID is invalid nothing is sent.</source>
        <translation type="vanished">Stellt Anwendungskalender bereit, im Takt der Grenzen von Cronofy pro Anwendung (50 Anfragen pro Sekunde und 500 pro Minute, sofern nicht geändert). Jedes Ergebnis wird sofort gespeichert; nach einer Unterbrechung setzt derselbe Befehl daher dort fort, wo er aufgehört hat: Bereits bereitgestellte Kalender werden übersprungen (außer mit --refresh). Eine CSV-Datei braucht eine Kopfzeile; verwendet wird die Spalte application_calendar_id, sonst die erste Spalte. Eine reine Textdatei enthält eine ID pro Zeile. Doppelte IDs werden einmal bereitgestellt; ist eine ID ungültig, wird nichts gesendet.</translation>
    </message>
    <message>
        <source>Read the IDs from this file (CSV with a header, or one ID per line).</source>
        <translation>Die IDs aus dieser Datei lesen (CSV mit Kopfzeile oder eine ID pro Zeile).</translation>
    </message>
    <message>
        <source>Requests in flight at once, 1 to 64 (default 4).</source>
        <translation>Gleichzeitig laufende Anfragen, 1 bis 64 (Standard 4).</translation>
    </message>
    <message>
        <source>At most N requests per second, e.g. 50/s (default 50; 0 = no limit).</source>
        <translation>Höchstens N Anfragen pro Sekunde, z. B. 50/s (Standard 50; 0 = keine Grenze).</translation>
    </message>
    <message>
        <source>At most N requests per minute (default 500; 0 = no limit).</source>
        <translation>Höchstens N Anfragen pro Minute (Standard 500; 0 = keine Grenze).</translation>
    </message>
    <message>
        <source>Provision again the calendars that are already provisioned.</source>
        <translation>Bereits bereitgestellte Kalender erneut bereitstellen.</translation>
    </message>
    <message>
        <source>Calendar IDs to provision.</source>
        <translation>Bereitzustellende Kalender-IDs.</translation>
    </message>
    <message>
        <source>--concurrency takes a whole number from 1 to 64.</source>
        <translation>--concurrency erwartet eine ganze Zahl von 1 bis 64.</translation>
    </message>
    <message>
        <source>--rate takes requests per second, e.g. 50/s (0 turns the limit off).</source>
        <translation>--rate erwartet Anfragen pro Sekunde, z. B. 50/s (0 schaltet die Grenze ab).</translation>
    </message>
    <message>
        <source>--per-minute takes a whole number of requests per minute, e.g. 500 (0 turns the limit off).</source>
        <translation>--per-minute erwartet eine ganze Zahl von Anfragen pro Minute, z. B. 500 (0 schaltet die Grenze ab).</translation>
    </message>
    <message>
        <source>Give the calendar IDs either on the command line or with --csv, not both.</source>
        <translation>Geben Sie die Kalender-IDs entweder auf der Befehlszeile oder mit --csv an, nicht beides.</translation>
    </message>
    <message>
        <source>Give the calendar IDs to provision, or a file with --csv FILE.</source>
        <translation>Geben Sie die bereitzustellenden Kalender-IDs an, oder eine Datei mit --csv DATEI.</translation>
    </message>
    <message>
        <source>line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>argument</source>
        <translation>Argument</translation>
    </message>
    <message>
        <source>%1 %2: &quot;%3&quot;: %4</source>
        <extracomment>&quot;line 12: &quot;room-1&quot;: Listed already on line 3...&quot; / &quot;argument 2: ...&quot;</extracomment>
        <translation>%1 %2: „%3“: %4</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was sent: %n calendar ID(s) cannot be used. Correct or remove them and run the command again.</source>
        <translation>
            <numerusform>Nichts wurde gesendet: %n Kalender-ID ist nicht verwendbar. Korrigieren oder entfernen Sie sie und führen Sie den Befehl erneut aus.</numerusform>
            <numerusform>Nichts wurde gesendet: %n Kalender-IDs sind nicht verwendbar. Korrigieren oder entfernen Sie sie und führen Sie den Befehl erneut aus.</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no calendar IDs in %1. Put one ID per line, or use a CSV file with an application_calendar_id column.</source>
        <translation>In %1 stehen keine Kalender-IDs. Schreiben Sie eine ID pro Zeile, oder verwenden Sie eine CSV-Datei mit der Spalte application_calendar_id.</translation>
    </message>
    <message>
        <source>failed: %1: %2</source>
        <translation>fehlgeschlagen: %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Stopping: no new requests; waiting for the %n in flight to finish. Press Ctrl-C again to quit at once (what is done is already saved).</source>
        <translation>
            <numerusform>Anhalten: keine neuen Anfragen; warte, bis die %n laufende Anfrage fertig ist. Drücken Sie erneut Strg+C, um sofort zu beenden (Erledigtes ist bereits gespeichert).</numerusform>
            <numerusform>Anhalten: keine neuen Anfragen; warte, bis die %n laufenden Anfragen fertig sind. Drücken Sie erneut Strg+C, um sofort zu beenden (Erledigtes ist bereits gespeichert).</numerusform>
        </translation>
    </message>
    <message>
        <source>Interrupted: %1 done, %2 failed, %3 not started. Run the same command again to continue; calendars already provisioned are skipped.</source>
        <translation>Unterbrochen: %1 erledigt, %2 fehlgeschlagen, %3 nicht begonnen. Führen Sie denselben Befehl erneut aus, um fortzufahren; bereits bereitgestellte Kalender werden übersprungen.</translation>
    </message>
    <message>
        <source>Lists the application calendars in the list, of one application or of all. Never prints a token.</source>
        <translation>Listet die Anwendungskalender der Liste auf, von einer Anwendung oder von allen. Gibt nie ein Token aus.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>Print CSV with a header row.</source>
        <translation>CSV mit Kopfzeile ausgeben.</translation>
    </message>
    <message>
        <source>Choose either --json or --csv.</source>
        <translation>Wählen Sie entweder --json oder --csv.</translation>
    </message>
    <message>
        <source>No calendars yet. Provision some with &quot;cronofyctl calendar provision&quot;.</source>
        <translation>Noch keine Kalender. Stellen Sie welche mit „cronofyctl calendar provision“ bereit.</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>widerrufen</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>APPLICATION_CALENDAR_ID</source>
        <translation>APPLICATION_CALENDAR_ID</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>SUB</source>
        <translation>SUB</translation>
    </message>
    <message>
        <source>PROVISIONED</source>
        <translation>BEREITGESTELLT</translation>
    </message>
    <message>
        <source>LAST_ERROR</source>
        <translation>LETZTER_FEHLER</translation>
    </message>
    <message>
        <source>Revoked %1.</source>
        <translation>%1 widerrufen.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Revokes application calendars by their sub (apc_...): their tokens stop working and the list marks them revoked.</source>
        <translation>Widerruft Anwendungskalender anhand ihres Sub (apc_...): Ihre Tokens funktionieren nicht mehr, und die Liste markiert sie als widerrufen.</translation>
    </message>
    <message>
        <source>The subs to revoke.</source>
        <translation>Die zu widerrufenden Subs.</translation>
    </message>
    <message>
        <source>Give the sub of each calendar to revoke (see &quot;cronofyctl calendar list&quot;).</source>
        <translation>Geben Sie den Sub jedes zu widerrufenden Kalenders an (siehe „cronofyctl calendar list“).</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>„%1“: %2</translation>
    </message>
    <message>
        <source>Checks an application calendar: gets fresh tokens (provisioning is idempotent), then asks Cronofy for its authorization and its calendars. Tokens are never printed.</source>
        <translation>Prüft einen Anwendungskalender: holt neue Tokens (das Bereitstellen ist idempotent) und fragt Cronofy dann nach seiner Autorisierung und seinen Kalendern. Tokens werden nie ausgegeben.</translation>
    </message>
    <message>
        <source>The application_calendar_id.</source>
        <translation>Die application_calendar_id.</translation>
    </message>
    <message>
        <source>Give exactly one calendar ID to verify.</source>
        <translation>Geben Sie genau eine zu prüfende Kalender-ID an.</translation>
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
        <translation>Profil</translation>
    </message>
    <message>
        <source>scope</source>
        <translation>Umfang</translation>
    </message>
    <message>
        <source>authorization</source>
        <translation>Autorisierung</translation>
    </message>
    <message>
        <source>primary</source>
        <translation>primär</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>schreibgeschützt</translation>
    </message>
    <message>
        <source>writable</source>
        <translation>beschreibbar</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>FIELD</source>
        <translation>FELD</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>WERT</translation>
    </message>
    <message>
        <source>Healthy: the calendar is authorized and has one writable primary calendar.</source>
        <translation>Funktioniert: Der Kalender ist autorisiert und hat genau einen beschreibbaren primären Kalender.</translation>
    </message>
    <message>
        <source>Not healthy: Cronofy answered, but the calendar is not authorized or has no single writable primary calendar. Provision it again, or revoke it and provision a new one.</source>
        <translation>Funktioniert nicht: Cronofy hat geantwortet, aber der Kalender ist nicht autorisiert oder hat nicht genau einen beschreibbaren primären Kalender. Stellen Sie ihn erneut bereit, oder widerrufen Sie ihn und stellen Sie einen neuen bereit.</translation>
    </message>
    <message>
        <source>Usage: cronofyctl calendar provision --app CLIENT_ID (ID... | --csv FILE) [--concurrency N] [--rate N/s] [--per-minute N] [--refresh]
       cronofyctl calendar list [--app CLIENT_ID] [--json | --csv]
       cronofyctl calendar revoke --app CLIENT_ID SUB...
       cronofyctl calendar verify --app CLIENT_ID ID

Run &quot;cronofyctl calendar provision --help&quot; (and so on) for details.</source>
        <translation type="vanished">Aufruf: cronofyctl calendar provision --app CLIENT_ID (ID... | --csv DATEI) [--concurrency N] [--rate N/s] [--per-minute N] [--refresh]
        cronofyctl calendar list [--app CLIENT_ID] [--json | --csv]
        cronofyctl calendar revoke --app CLIENT_ID SUB...
        cronofyctl calendar verify --app CLIENT_ID ID

Details: „cronofyctl calendar provision --help“ (und so weiter).</translation>
    </message>
    <message>
        <source>Say what to do with calendars: provision, list, revoke or verify.</source>
        <translation type="vanished">Geben Sie an, was mit Kalendern geschehen soll: provision, list, revoke oder verify.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not something cronofyctl calendar can do; use provision, list, revoke or verify.</source>
        <translation type="vanished">„%1“ kann cronofyctl calendar nicht; verwenden Sie provision, list, revoke oder verify.</translation>
    </message>
    <message>
        <source>The list of applications and calendars was damaged; it was moved to %1 and a new, empty one was started.</source>
        <translation>Die Liste der Anwendungen und Kalender war beschädigt; sie wurde nach %1 verschoben und eine neue, leere Liste angelegt.</translation>
    </message>
    <message>
        <source>The Cronofy data center: us, au, ca, de, sg or uk, or a base URL such as http://127.0.0.1:8080 for a local sandbox.</source>
        <translation>Das Cronofy-Rechenzentrum: us, au, ca, de, sg oder uk, oder eine Basis-URL wie http://127.0.0.1:8080 für eine lokale Sandbox.</translation>
    </message>
    <message>
        <source>Say which data center with --data-center (us, au, ca, de, sg or uk).</source>
        <translation>Geben Sie das Rechenzentrum mit --data-center an (us, au, ca, de, sg oder uk).</translation>
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
        <translation type="vanished">Aufruf: cronofyctl BEFEHL [Optionen]

Cronofy Console auf der Befehlszeile: dieselbe Liste von Anwendungen und Kalendern und derselbe Schlüsselbund wie im Fenster.

Befehle:
  admin-key set --data-center DC &lt; key      Admin-API-Schlüssel eines Rechenzentrums speichern (von stdin)
  admin-key remove --data-center DC         ihn entfernen
  app create --data-center DC --name NAME --url URL [--show-secret]
                                            Anwendung erstellen; gibt ihre client_id aus
  app import --data-center DC --client-id ID [--name NAME] &lt; client-secret
                                            im Dashboard angelegte Anwendung hinzufügen
  app set-secret --client-id ID &lt; client-secret
                                            Client-Secret einer Anwendung speichern oder ersetzen
  app list [--json]                         Anwendungen auflisten
  calendar provision --app CLIENT_ID (ID... | --csv FILE) [--concurrency N] [--rate N/s]
                     [--per-minute N] [--refresh]
                                            Anwendungskalender bereitstellen, gedrosselt und fortsetzbar
  calendar list [--app CLIENT_ID] [--json | --csv]
                                            Anwendungskalender auflisten
  calendar revoke --app CLIENT_ID SUB...    Anwendungskalender widerrufen
  calendar verify --app CLIENT_ID ID        einen Anwendungskalender prüfen

DC ist us, au, ca, de, sg oder uk, oder eine Basis-URL (https, unverschlüsseltes http nur auf diesem Computer).
Secrets werden von der Standardeingabe gelesen, nie von der Befehlszeile.
Die Optionen jedes Befehls zeigt „cronofyctl BEFEHL AKTION --help“.

</translation>
    </message>
    <message>
        <source>The input is longer than 64 KB, which no Cronofy key is. Pass only the key on standard input.</source>
        <translation>Die Eingabe ist länger als 64 KB, was kein Cronofy-Schlüssel ist. Übergeben Sie nur den Schlüssel auf der Standardeingabe.</translation>
    </message>
    <message>
        <source>Nothing was typed. Paste the value and press Enter.</source>
        <translation>Es wurde nichts eingegeben. Fügen Sie den Wert ein und drücken Sie die Eingabetaste.</translation>
    </message>
    <message>
        <source>Standard input was empty. Pass the value on standard input, for example from a password manager: pass show cronofy | cronofyctl ...</source>
        <translation>Die Standardeingabe war leer. Übergeben Sie den Wert auf der Standardeingabe, zum Beispiel aus einem Passwortmanager: pass show cronofy | cronofyctl ...</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>How many seconds to wait for each answer from Cronofy (default 30; the environment variable CRONOFYCTL_TIMEOUT_MS sets it in milliseconds).</source>
        <translation type="vanished">Wie viele Sekunden auf jede Antwort von Cronofy gewartet wird (Standard 30; die Umgebungsvariable CRONOFYCTL_TIMEOUT_MS setzt den Wert in Millisekunden).</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds from 1 to 3600.</source>
        <translation type="vanished">--timeout erwartet eine Anzahl Sekunden von 1 bis 3600.</translation>
    </message>
    <message>
        <source>Usage: cronofyctl %1 %2</source>
        <translation>Aufruf: cronofyctl %1 %2</translation>
    </message>
    <message>
        <source>Run &quot;cronofyctl %1 --help&quot; to see how to use it.</source>
        <translation>Mit „cronofyctl %1 --help“ sehen Sie, wie es verwendet wird.</translation>
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
        <translation type="vanished">Exit-Codes:
  0  erledigt
  1  falsche Befehlszeile oder Eingabe; nichts wurde gesendet
  2  Cronofy oder das Netzwerk hat abgelehnt oder ist ausgefallen
  3  der Schlüsselbund (oder die lokale Liste der Anwendungen und Kalender) konnte nicht
     gelesen oder geschrieben werden; konnte ein neues Client-Secret nicht gespeichert
     werden, wird es ausgegeben: sichern Sie es
  4  ein Massenlauf wurde beendet, aber einige Kalender sind fehlgeschlagen
  130  ein Massenlauf wurde mit Strg+C unterbrochen (143: durch SIGTERM); Erledigtes ist
       gespeichert, und derselbe Befehl macht dort weiter, wo er aufgehört hat</translation>
    </message>
    <message>
        <source>Exit codes:
  0  done
  1  wrong command line or input; nothing was sent
  2  Cronofy or the network refused or failed
  3  the keychain (or the local list of applications and calendars) could not be read or
     written; if a new client secret could not be stored, it is printed: save it
  4  a bulk run finished but some calendars failed</source>
        <translation type="vanished">Exit-Codes:
  0  erledigt
  1  falsche Befehlszeile oder Eingabe; nichts wurde gesendet
  2  Cronofy oder das Netzwerk hat abgelehnt oder ist ausgefallen
  3  der Schlüsselbund (oder die lokale Liste der Anwendungen und Kalender) konnte nicht
     gelesen oder geschrieben werden; konnte ein neues Client-Secret nicht gespeichert
     werden, wird es ausgegeben: sichern Sie es
  4  ein Massenlauf wurde beendet, aber einige Kalender sind fehlgeschlagen</translation>
    </message>
    <message>
        <source>Exit codes:
  0  done
  1  wrong command line or input; nothing was sent
  2  Cronofy or the network refused or failed
  3  the keychain could not be read or written (a new client secret is then printed: save it)
  4  a bulk run finished but some calendars failed
  5  the local list of applications and calendars could not be read or written</source>
        <translation type="vanished">Exit-Codes:
  0  erledigt
  1  falsche Befehlszeile oder Eingabe; nichts wurde gesendet
  2  Cronofy oder das Netzwerk hat abgelehnt oder ist ausgefallen
  3  der Schlüsselbund konnte nicht gelesen oder geschrieben werden (ein neues Client-Secret wird dann ausgegeben: sichern Sie es)
  4  ein Massenlauf wurde beendet, aber einige Kalender sind fehlgeschlagen
  5  die lokale Liste der Anwendungen und Kalender konnte nicht gelesen oder geschrieben werden</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a cronofyctl command. Run &quot;cronofyctl --help&quot; to see the commands.</source>
        <translation>„%1“ ist kein cronofyctl-Befehl. Mit „cronofyctl --help“ sehen Sie die Befehle.</translation>
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
        <translation type="vanished">Aufruf: cronofyctl BEFEHL [Optionen]

Cronofy Console auf der Befehlszeile: dieselbe Liste von Anwendungen und Kalendern und derselbe Schlüsselbund wie im Fenster.

Befehle:
  admin-key set --data-center DC &lt; key      Admin-API-Schlüssel eines Rechenzentrums speichern (von stdin)
  admin-key remove --data-center DC         ihn entfernen
  app create --data-center DC --name NAME --url URL [--show-secret]
                                            Anwendung erstellen; gibt ihre client_id aus
  app import --data-center DC --client-id ID &lt; client-secret
                                            im Dashboard angelegte Anwendung hinzufügen oder
                                            das Client-Secret einer Anwendung der Liste ersetzen
  app list [--json]                         Anwendungen auflisten
  calendar provision --app CLIENT_ID (ID... | --csv FILE) [--concurrency N] [--rate N/s]
                     [--per-minute N] [--refresh]
                                            Anwendungskalender bereitstellen, gedrosselt und fortsetzbar
  calendar list [--app CLIENT_ID] [--json | --csv]
                                            Anwendungskalender auflisten
  calendar revoke --app CLIENT_ID SUB...    Anwendungskalender widerrufen
  calendar verify --app CLIENT_ID ID        einen Anwendungskalender prüfen

DC ist us, au, ca, de, sg oder uk, oder eine Basis-URL (https, unverschlüsseltes http nur auf diesem Computer).
Secrets werden von der Standardeingabe gelesen, nie von der Befehlszeile.
Die Optionen jedes Befehls zeigt „cronofyctl BEFEHL AKTION --help“.

</translation>
    </message>
    <message>
        <source>Provisions application calendars, paced to Cronofy&apos;s limits per application (50 requests per second and 500 per minute unless changed). Each result is saved at once, so after an interruption the same command continues where it stopped: calendars already provisioned are skipped (unless --refresh). Calendars you revoked are skipped and named, unless --include-revoked is given. A CSV file needs a header row; the column application_calendar_id is used, or else the first column. A plain text file has one ID per line. Duplicates are provisioned once; if any ID is invalid nothing is sent.</source>
        <translation>Stellt Anwendungskalender bereit, im Takt der Grenzen von Cronofy pro Anwendung (50 Anfragen pro Sekunde und 500 pro Minute, sofern nicht geändert). Jedes Ergebnis wird sofort gespeichert; nach einer Unterbrechung setzt derselbe Befehl daher dort fort, wo er aufgehört hat: Bereits bereitgestellte Kalender werden übersprungen (außer mit --refresh). Von Ihnen widerrufene Kalender werden übersprungen und genannt, außer mit --include-revoked. Eine CSV-Datei braucht eine Kopfzeile; verwendet wird die Spalte application_calendar_id, sonst die erste Spalte. Eine reine Textdatei enthält eine ID pro Zeile. Doppelte IDs werden einmal bereitgestellt; ist eine ID ungültig, wird nichts gesendet.</translation>
    </message>
    <message>
        <source>Provision again the calendars that were revoked (skipped otherwise).</source>
        <translation>Widerrufene Kalender erneut bereitstellen (sonst werden sie übersprungen).</translation>
    </message>
    <message>
        <source>Give --include-revoked to provision them again.</source>
        <translation>Geben Sie --include-revoked an, um sie erneut bereitzustellen.</translation>
    </message>
    <message>
        <source>Usage: cronofyctl calendar provision --app CLIENT_ID (ID... | --csv FILE) [--concurrency N] [--rate N/s] [--per-minute N] [--refresh] [--include-revoked]
       cronofyctl calendar list [--app CLIENT_ID] [--json | --csv]
       cronofyctl calendar revoke --app CLIENT_ID SUB...
       cronofyctl calendar verify --app CLIENT_ID ID

Run &quot;cronofyctl calendar provision --help&quot; (and so on) for details.</source>
        <translation type="vanished">Aufruf: cronofyctl calendar provision --app CLIENT_ID (ID... | --csv DATEI) [--concurrency N] [--rate N/s] [--per-minute N] [--refresh] [--include-revoked]
        cronofyctl calendar list [--app CLIENT_ID] [--json | --csv]
        cronofyctl calendar revoke --app CLIENT_ID SUB...
        cronofyctl calendar verify --app CLIENT_ID ID

Details: „cronofyctl calendar provision --help“ (und so weiter).</translation>
    </message>
    <message>
        <source>store a data center&apos;s admin API key (from stdin)</source>
        <translation>den Admin-API-Schlüssel eines Rechenzentrums speichern (von stdin)</translation>
    </message>
    <message>
        <source>remove a data center&apos;s admin API key</source>
        <translation>den Admin-API-Schlüssel eines Rechenzentrums entfernen</translation>
    </message>
    <message>
        <source>create an application; prints its client_id</source>
        <translation>eine Anwendung erstellen; gibt ihre client_id aus</translation>
    </message>
    <message>
        <source>add an application made in the dashboard, or replace the client secret of one in the list</source>
        <translation>eine im Dashboard erstellte Anwendung hinzufügen oder das Client-Secret einer Anwendung der Liste ersetzen</translation>
    </message>
    <message>
        <source>list the applications</source>
        <translation>die Anwendungen auflisten</translation>
    </message>
    <message>
        <source>provision application calendars, paced and resumable</source>
        <translation>Anwendungskalender bereitstellen, gedrosselt und fortsetzbar</translation>
    </message>
    <message>
        <source>list application calendars</source>
        <translation>Anwendungskalender auflisten</translation>
    </message>
    <message>
        <source>revoke application calendars</source>
        <translation>Anwendungskalender widerrufen</translation>
    </message>
    <message>
        <source>check an application calendar</source>
        <translation>einen Anwendungskalender prüfen</translation>
    </message>
    <message>
        <source>the admin API key of a data center</source>
        <translation>der Admin-API-Schlüssel eines Rechenzentrums</translation>
    </message>
    <message>
        <source>Cronofy applications and their client secrets</source>
        <translation>Cronofy-Anwendungen und ihre Client-Secrets</translation>
    </message>
    <message>
        <source>application calendars</source>
        <translation>Anwendungskalender</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>wrong command line or input; nothing was sent</source>
        <translation>falsche Befehlszeile oder Eingabe; nichts wurde gesendet</translation>
    </message>
    <message>
        <source>Cronofy or the network refused or failed</source>
        <translation>Cronofy oder das Netzwerk hat abgelehnt oder ist ausgefallen</translation>
    </message>
    <message>
        <source>the keychain (or the local list of applications and calendars) could not be read or written; if a new client secret could not be stored, it is printed: save it</source>
        <translation>der Schlüsselbund (oder die lokale Liste der Anwendungen und Kalender) konnte nicht gelesen oder geschrieben werden; konnte ein neues Client-Secret nicht gespeichert werden, wird es ausgegeben: sichern Sie es</translation>
    </message>
    <message>
        <source>a bulk run finished but some calendars failed</source>
        <translation>ein Massenlauf wurde beendet, aber einige Kalender sind fehlgeschlagen</translation>
    </message>
    <message>
        <source>a bulk run was interrupted by Ctrl-C; what finished is saved, and the same command continues where it stopped</source>
        <translation>ein Massenlauf wurde mit Strg+C unterbrochen; Erledigtes ist gespeichert, und derselbe Befehl macht dort weiter, wo er aufgehört hat</translation>
    </message>
    <message>
        <source>the same, interrupted by SIGTERM</source>
        <translation>dasselbe, durch SIGTERM unterbrochen</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Verwendung: %1</translation>
    </message>
    <message>
        <source>Run &quot;cronofyctl %1 ACTION --help&quot; for the options of each action.</source>
        <translation>Mit „cronofyctl %1 AKTION --help“ sehen Sie die Optionen jeder Aktion.</translation>
    </message>
    <message>
        <source>Usage: cronofyctl COMMAND [options]</source>
        <translation>Verwendung: cronofyctl BEFEHL [Optionen]</translation>
    </message>
    <message>
        <source>Cronofy Console on the command line: the same list of applications and calendars and the same keychain as the window.</source>
        <translation>Cronofy Console auf der Befehlszeile: dieselbe Liste der Anwendungen und Kalender und derselbe Schlüsselbund wie im Fenster.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>DC is us, au, ca, de, sg or uk, or a base URL (https, or plain http on this computer only).
Secrets are read from standard input, never from the command line.
Run &quot;cronofyctl COMMAND ACTION --help&quot; for the options of each command.</source>
        <translation>DC ist us, au, ca, de, sg oder uk oder eine Basis-URL (https, oder einfaches http nur auf diesem Computer).
Geheimnisse werden von der Standardeingabe gelesen, nie von der Befehlszeile.
Mit „cronofyctl BEFEHL AKTION --help“ sehen Sie die Optionen jedes Befehls.</translation>
    </message>
    <message>
        <source>Say what cronofyctl %1 should do: %2.</source>
        <translation>Sagen Sie, was cronofyctl %1 tun soll: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not something cronofyctl %2 can do; use one of: %3.</source>
        <translation>„%1“ kann cronofyctl %2 nicht; verwenden Sie eines von: %3.</translation>
    </message>
    <message>
        <source>Exit codes:</source>
        <translation>Exit-Codes:</translation>
    </message>
    <message>
        <source>The password of the shared list %1 could not be read from your keychain: %2</source>
        <translation>Das Passwort der gemeinsamen Liste %1 konnte nicht aus Ihrem Schlüsselbund gelesen werden: %2</translation>
    </message>
    <message>
        <source>Run &quot;cronofyctl team connect %1&quot; again, or &quot;cronofyctl team disconnect&quot; to work on this computer&apos;s own list.</source>
        <translation>Führen Sie „cronofyctl team connect %1“ erneut aus, oder „cronofyctl team disconnect“, um mit der eigenen Liste dieses Computers zu arbeiten.</translation>
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
        <translation type="vanished">Aufruf: cronofyctl BEFEHL [Optionen]

Cronofy Console auf der Befehlszeile: dieselbe Liste von Anwendungen und Kalendern und derselbe Schlüsselbund wie im Fenster.

Befehle:
  admin-key set --data-center DC &lt; key      Admin-API-Schlüssel eines Rechenzentrums speichern (von stdin)
  admin-key remove --data-center DC         ihn entfernen
  app create --data-center DC --name NAME --url URL [--show-secret]
                                            Anwendung erstellen; gibt ihre client_id aus
  app import --data-center DC --client-id ID [--name NAME] &lt; client-secret
                                            im Dashboard angelegte Anwendung hinzufügen
  app set-secret --client-id ID &lt; client-secret
                                            Client-Secret einer Anwendung speichern oder ersetzen
  app list [--json]                         Anwendungen auflisten
  calendar provision --app CLIENT_ID (ID... | --csv FILE) [--concurrency N] [--rate N/s]
                     [--per-minute N] [--refresh]
                                            Anwendungskalender bereitstellen, gedrosselt und fortsetzbar
  calendar list [--app CLIENT_ID] [--json | --csv]
                                            Anwendungskalender auflisten
  calendar revoke --app CLIENT_ID SUB...    Anwendungskalender widerrufen
  calendar verify --app CLIENT_ID ID        einen Anwendungskalender prüfen
  team connect postgresql://USER@HOST:PORT/DB [--copy-local] &lt; passwort
                                            mit der gemeinsamen Liste eines Teams arbeiten (PostgreSQL)
  team status                               welche Liste verwendet wird, und wie es ihr geht
  team disconnect                           zurück zur eigenen Liste dieses Computers

DC ist us, au, ca, de, sg oder uk, oder eine Basis-URL (https, unverschlüsseltes http nur auf diesem Computer).
Secrets werden von der Standardeingabe gelesen, nie von der Befehlszeile.
Die Optionen jedes Befehls zeigt „cronofyctl BEFEHL AKTION --help“.

</translation>
    </message>
    <message>
        <source>What was copied before stays; running the same command again copies the rest.</source>
        <translation>Was bereits kopiert wurde, bleibt erhalten; führen Sie denselben Befehl erneut aus, um den Rest zu kopieren.</translation>
    </message>
    <message>
        <source>Copied from %1: %2 applications, %3 calendars and %4 activity entries were added; %5 applications and %6 calendars were in the shared list already and were left as they are.</source>
        <translation>Aus %1 kopiert: %2 Anwendungen, %3 Kalender und %4 Aktivitätseinträge wurden hinzugefügt; %5 Anwendungen und %6 Kalender waren bereits in der gemeinsamen Liste und blieben unverändert.</translation>
    </message>
    <message>
        <source>Works on a team&apos;s shared list on PostgreSQL from now on, in cronofyctl and in the window. The database password is read from standard input (never from the command line) and kept in the keychain. The list&apos;s tables are created on the first connection. A server on another computer needs ?sslmode=verify-full (and &amp;sslrootcert=/path/to/ca.crt if your team&apos;s certificate authority is its own). --copy-local adds this computer&apos;s own list (applications, calendars, activity) to the shared one; rows already there are left as they are, so running it twice adds nothing.</source>
        <translation>Arbeitet ab jetzt mit der gemeinsamen Liste eines Teams auf PostgreSQL, in cronofyctl und im Fenster. Das Datenbankpasswort wird von der Standardeingabe gelesen (nie von der Befehlszeile) und im Schlüsselbund aufbewahrt. Die Tabellen der Liste werden bei der ersten Verbindung angelegt. Ein Server auf einem anderen Computer erfordert ?sslmode=verify-full (und &amp;sslrootcert=/pfad/zu/ca.crt, wenn Ihr Team eine eigene Zertifizierungsstelle hat). --copy-local fügt die eigene Liste dieses Computers (Anwendungen, Kalender, Aktivität) der gemeinsamen hinzu; vorhandene Zeilen bleiben unverändert, ein zweiter Aufruf fügt also nichts hinzu.</translation>
    </message>
    <message>
        <source>Add this computer&apos;s own list to the shared one (nothing is duplicated).</source>
        <translation>Die eigene Liste dieses Computers der gemeinsamen hinzufügen (nichts wird doppelt angelegt).</translation>
    </message>
    <message>
        <source>Give the shared list&apos;s address, for example postgresql://alice@db.example.com:5432/cronofy?sslmode=verify-full.</source>
        <translation>Geben Sie die Adresse der gemeinsamen Liste an, zum Beispiel postgresql://alice@db.example.com:5432/cronofy?sslmode=verify-full.</translation>
    </message>
    <message>
        <source>Give one address only; the password is read from standard input.</source>
        <translation>Geben Sie nur eine Adresse an; das Passwort wird von der Standardeingabe gelesen.</translation>
    </message>
    <message>
        <source>Password of %1 (not shown): </source>
        <translation>Passwort von %1 (wird nicht angezeigt): </translation>
    </message>
    <message>
        <source>Nothing was changed: this computer still works on the list it used before.</source>
        <translation>Es wurde nichts geändert: Dieser Computer arbeitet weiter mit der bisherigen Liste.</translation>
    </message>
    <message>
        <source>Connected: cronofyctl and the window now work on the shared list %1.</source>
        <translation>Verbunden: cronofyctl und das Fenster arbeiten jetzt mit der gemeinsamen Liste %1.</translation>
    </message>
    <message>
        <source>List: the shared list %1 (PostgreSQL %2, schema version %3)</source>
        <translation>Liste: die gemeinsame Liste %1 (PostgreSQL %2, Schemaversion %3)</translation>
    </message>
    <message>
        <source>Database user: %1</source>
        <translation>Datenbankbenutzer: %1</translation>
    </message>
    <message>
        <source>Database user: %1, writing as the team&apos;s role %2</source>
        <translation>Datenbankbenutzer: %1, schreibt als Rolle %2 des Teams</translation>
    </message>
    <message>
        <source>Applications: %1, calendars: %2</source>
        <translation>Anwendungen: %1, Kalender: %2</translation>
    </message>
    <message>
        <source>Search: indexed (pg_trgm)</source>
        <translation>Suche: mit Index (pg_trgm)</translation>
    </message>
    <message>
        <source>Search: row by row (the server has no pg_trgm)</source>
        <translation>Suche: Zeile für Zeile (der Server hat kein pg_trgm)</translation>
    </message>
    <message>
        <source>Says which list cronofyctl and the window work on: this computer&apos;s own file, or a team&apos;s shared list on PostgreSQL, and whether the server answers.</source>
        <translation>Gibt an, mit welcher Liste cronofyctl und das Fenster arbeiten: mit der eigenen Datei dieses Computers oder mit der gemeinsamen Liste eines Teams auf PostgreSQL, und ob der Server antwortet.</translation>
    </message>
    <message>
        <source>List: this computer&apos;s own file %1</source>
        <translation>Liste: die eigene Datei dieses Computers %1</translation>
    </message>
    <message>
        <source>To share it with your team: cronofyctl team connect postgresql://USER@HOST:PORT/DATABASE --copy-local</source>
        <translation>Um sie mit Ihrem Team zu teilen: cronofyctl team connect postgresql://USER@HOST:PORT/DATABASE --copy-local</translation>
    </message>
    <message>
        <source>List: the shared list %1</source>
        <translation>Liste: die gemeinsame Liste %1</translation>
    </message>
    <message>
        <source>The server answered, but not to the list&apos;s questions.</source>
        <translation>Der Server hat geantwortet, aber nicht auf die Fragen der Liste.</translation>
    </message>
    <message>
        <source>Goes back to this computer&apos;s own list file. The shared list and everything in it stay on the server; its password is removed from the keychain.</source>
        <translation>Kehrt zur eigenen Listendatei dieses Computers zurück. Die gemeinsame Liste und alles darin bleibt auf dem Server; ihr Passwort wird aus dem Schlüsselbund entfernt.</translation>
    </message>
    <message>
        <source>cronofyctl and the window already work on this computer&apos;s own list (%1).</source>
        <translation>cronofyctl und das Fenster arbeiten bereits mit der eigenen Liste dieses Computers (%1).</translation>
    </message>
    <message>
        <source>cronofyctl and the window work on this computer&apos;s own list again (%1). The shared list %2 is unchanged on its server.</source>
        <translation>cronofyctl und das Fenster arbeiten wieder mit der eigenen Liste dieses Computers (%1). Die gemeinsame Liste %2 bleibt auf ihrem Server unverändert.</translation>
    </message>
    <message>
        <source>Its password could not be removed from your keychain: %1</source>
        <translation>Ihr Passwort konnte nicht aus Ihrem Schlüsselbund entfernt werden: %1</translation>
    </message>
    <message>
        <source>Usage: cronofyctl team connect postgresql://USER@HOST:PORT/DATABASE [--copy-local] &lt; password
       cronofyctl team status
       cronofyctl team disconnect

Run &quot;cronofyctl team connect --help&quot; for details.</source>
        <translation type="vanished">Aufruf: cronofyctl team connect postgresql://USER@HOST:PORT/DATABASE [--copy-local] &lt; passwort
        cronofyctl team status
        cronofyctl team disconnect

Details: „cronofyctl team connect --help“.</translation>
    </message>
    <message>
        <source>Say what to do with the shared list: connect, status or disconnect.</source>
        <translation type="vanished">Geben Sie an, was mit der gemeinsamen Liste geschehen soll: connect, status oder disconnect.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not something cronofyctl team can do; use connect, status or disconnect.</source>
        <translation type="vanished">„%1“ kann cronofyctl team nicht; verwenden Sie connect, status oder disconnect.</translation>
    </message>
    <message>
        <source>Copying the local list: %1 rows</source>
        <translation>Lokale Liste wird kopiert: %1 Zeilen</translation>
    </message>
    <message>
        <source>work on a team&apos;s shared list (PostgreSQL)</source>
        <translation>mit der gemeinsamen Liste eines Teams arbeiten (PostgreSQL)</translation>
    </message>
    <message>
        <source>postgresql://USER@HOST:PORT/DATABASE, without a password.</source>
        <translation>postgresql://USER@HOST:PORT/DATABASE, ohne Passwort.</translation>
    </message>
    <message>
        <source>which list is in use, and whether its server answers</source>
        <translation>welche Liste verwendet wird, und ob ihr Server antwortet</translation>
    </message>
    <message>
        <source>back to this computer&apos;s own list</source>
        <translation>zurück zur eigenen Liste dieses Computers</translation>
    </message>
    <message>
        <source>a team&apos;s shared list on PostgreSQL, or this computer&apos;s own</source>
        <translation>die gemeinsame Liste eines Teams auf PostgreSQL oder die eigene dieses Computers</translation>
    </message>
    <message>
        <source>The list could not be read (%1).</source>
        <translation type="vanished">Die Liste konnte nicht gelesen werden (%1).</translation>
    </message>
    <message>
        <source>The list could not be read to the end.</source>
        <translation type="vanished">Die Liste konnte nicht bis zum Ende gelesen werden.</translation>
    </message>
    <message>
        <source>Upgrading the list to version %1 (%2 of %3)…</source>
        <translation>Die Liste wird auf Version %1 aktualisiert (%2 von %3)…</translation>
    </message>
    <message>
        <source>Dry run: nothing was sent.</source>
        <translation>Probelauf: Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Would be provisioned (%1):</source>
        <translation>Würden bereitgestellt (%1):</translation>
    </message>
    <message>
        <source>Revoked, would be provisioned again (%1):</source>
        <translation>Widerrufen, würden erneut bereitgestellt (%1):</translation>
    </message>
    <message>
        <source>Already provisioned, skipped (%1); --refresh provisions them again:</source>
        <translation>Bereits bereitgestellt, übersprungen (%1); --refresh stellt sie erneut bereit:</translation>
    </message>
    <message>
        <source>Revoked, skipped (%1); --include-revoked provisions them again:</source>
        <translation>Widerrufen, übersprungen (%1); --include-revoked stellt sie erneut bereit:</translation>
    </message>
    <message>
        <source>Duplicates, provisioned once (%1):</source>
        <translation>Doppelt, einmal bereitgestellt (%1):</translation>
    </message>
    <message>
        <source>Invalid (%1):</source>
        <translation>Ungültig (%1):</translation>
    </message>
    <message>
        <source>With invalid IDs a run sends nothing: correct or remove them first.</source>
        <translation>Mit ungültigen IDs sendet ein Lauf nichts: Korrigieren oder entfernen Sie sie zuerst.</translation>
    </message>
    <message>
        <source>Give either --dry-run or --refresh, not both: a dry run shows what a run without --refresh would do.</source>
        <translation>Geben Sie entweder --dry-run oder --refresh an, nicht beides: Ein Probelauf zeigt, was ein Lauf ohne --refresh tun würde.</translation>
    </message>
    <message>
        <source>--status takes active, revoked or failed.</source>
        <translation>--status nimmt active, revoked oder failed.</translation>
    </message>
    <message>
        <source>No calendars with the status %1.</source>
        <translation>Keine Kalender mit dem Status %1.</translation>
    </message>
    <message>
        <source>Would be revoked (%1):</source>
        <translation>Würden widerrufen (%1):</translation>
    </message>
    <message>
        <source>Already revoked (%1); Cronofy would be asked again:</source>
        <translation>Bereits widerrufen (%1); Cronofy würde erneut gefragt:</translation>
    </message>
    <message>
        <source>Not in the list (%1); Cronofy would be asked to revoke them:</source>
        <translation>Nicht in der Liste (%1); Cronofy würde gebeten, sie zu widerrufen:</translation>
    </message>
    <message>
        <source>Revoking %1 calendars at once needs --yes, or run the command on a terminal to confirm. Nothing was revoked.</source>
        <translation>Um %1 Kalender auf einmal zu widerrufen, geben Sie --yes an oder führen Sie den Befehl in einem Terminal aus, um zu bestätigen. Es wurde nichts widerrufen.</translation>
    </message>
    <message>
        <source>Revoking cannot be undone. Type %1 to revoke %1 calendars: </source>
        <translation>Ein Widerruf lässt sich nicht rückgängig machen. Geben Sie %1 ein, um %1 Kalender zu widerrufen: </translation>
    </message>
    <message>
        <source>Nothing was revoked.</source>
        <translation>Es wurde nichts widerrufen.</translation>
    </message>
    <message>
        <source>Print what would be done, calendar by calendar, and send nothing.</source>
        <translation>Zeigt Kalender für Kalender, was getan würde, und sendet nichts.</translation>
    </message>
    <message>
        <source>Only the calendars with this status: active, revoked or failed.</source>
        <translation>Nur die Kalender mit diesem Status: active, revoked oder failed.</translation>
    </message>
    <message>
        <source>Revoke more than 10 calendars without asking to type their number (for scripts).</source>
        <translation>Mehr als 10 Kalender widerrufen, ohne nach ihrer Anzahl zu fragen (für Skripte).</translation>
    </message>
    <message>
        <source>Give at least one --redirect-uri URI, for example https://example.com/auth/callback.</source>
        <translation>Geben Sie mindestens eine --redirect-uri URI an, zum Beispiel https://example.com/auth/callback.</translation>
    </message>
    <message>
        <source>Give --contact-email EMAIL: Cronofy answers there.</source>
        <translation>Geben Sie --contact-email EMAIL an: Cronofy antwortet dorthin.</translation>
    </message>
    <message>
        <source>Submitted %1 for verification. Cronofy answers by email to %2.</source>
        <translation>%1 wurde zur Prüfung eingereicht. Cronofy antwortet per E-Mail an %2.</translation>
    </message>
    <message>
        <source>Give exactly one calendar ID to get fresh tokens for.</source>
        <translation>Geben Sie genau eine Kalender-ID an, für die neue Tokens geholt werden sollen.</translation>
    </message>
    <message>
        <source>These tokens give access to the calendar: keep them out of logs, shell history and shared screens.</source>
        <translation>Diese Tokens geben Zugriff auf den Kalender: Halten Sie sie aus Protokollen, dem Shell-Verlauf und geteilten Bildschirmen heraus.</translation>
    </message>
    <message>
        <source>submit an application for verification</source>
        <translation>eine Anwendung zur Prüfung einreichen</translation>
    </message>
    <message>
        <source>Submits an application to Cronofy for verification, which lifts the limits of an unverified application. Cronofy reviews it and answers by email.</source>
        <translation>Reicht eine Anwendung bei Cronofy zur Prüfung ein; das hebt die Grenzen einer ungeprüften Anwendung auf. Cronofy prüft sie und antwortet per E-Mail.</translation>
    </message>
    <message>
        <source>A redirect URI of the application (repeat for several).</source>
        <translation>Eine Weiterleitungs-URI der Anwendung (für mehrere wiederholen).</translation>
    </message>
    <message>
        <source>Where Cronofy sends its answer.</source>
        <translation>Wohin Cronofy seine Antwort schickt.</translation>
    </message>
    <message>
        <source>Who to address (optional).</source>
        <translation>Wen Cronofy ansprechen soll (optional).</translation>
    </message>
    <message>
        <source>print fresh tokens of an application calendar</source>
        <translation>neue Tokens eines Anwendungskalenders ausgeben</translation>
    </message>
    <message>
        <source>Gets fresh tokens for an application calendar (provisioning is idempotent) and prints them as JSON on standard output, with Cronofy&apos;s field names. They are never kept in the list, the activity or a log; on a terminal a warning goes to standard error.</source>
        <translation>Holt neue Tokens für einen Anwendungskalender (die Bereitstellung ist idempotent) und gibt sie als JSON mit den Feldnamen von Cronofy auf der Standardausgabe aus. Sie werden nie in der Liste, der Aktivität oder einem Protokoll gespeichert; in einem Terminal geht eine Warnung auf die Standardfehlerausgabe.</translation>
    </message>
    <message>
        <source>the activity log: who did what, and what failed</source>
        <translation>das Aktivitätsprotokoll: wer was getan hat und was fehlschlug</translation>
    </message>
    <message>
        <source>Lists every operation in the log, newest first: when, what, on what, the account, the outcome, the HTTP status and the message. A bulk run is one entry with its counts, followed by the calendars that failed in it. Never prints a secret or a token.</source>
        <translation>Listet jeden Vorgang im Protokoll auf, den neuesten zuerst: wann, was, woran, das Konto, das Ergebnis, den HTTP-Status und die Meldung. Ein Massenlauf ist ein Eintrag mit seinen Zahlen, gefolgt von den Kalendern, die darin fehlschlugen. Gibt nie ein Geheimnis oder Token aus.</translation>
    </message>
    <message>
        <source>Only the operations from this date or time on, e.g. 2026-12-01 (local midnight) or 2026-12-01T18:00:00Z.</source>
        <translation>Nur die Vorgänge ab diesem Datum oder Zeitpunkt, z. B. 2026-12-01 (Mitternacht Ortszeit) oder 2026-12-01T18:00:00Z.</translation>
    </message>
    <message>
        <source>Only the operations that failed.</source>
        <translation>Nur die fehlgeschlagenen Vorgänge.</translation>
    </message>
    <message>
        <source>the activity log</source>
        <translation>das Aktivitätsprotokoll</translation>
    </message>
    <message>
        <source>--since takes a date or a date and time in ISO-8601, such as 2026-12-01 or 2026-12-01T18:00:00Z; &quot;%1&quot; is neither.</source>
        <translation>--since erwartet ein Datum oder Datum und Uhrzeit in ISO-8601, etwa 2026-12-01 oder 2026-12-01T18:00:00Z; „%1“ ist keines von beiden.</translation>
    </message>
    <message>
        <source>WHEN</source>
        <translation>WANN</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>AKTION</translation>
    </message>
    <message>
        <source>CALENDAR_OR_SUB</source>
        <translation>KALENDER_ODER_SUB</translation>
    </message>
    <message>
        <source>ACCOUNT</source>
        <translation>KONTO</translation>
    </message>
    <message>
        <source>OUTCOME</source>
        <translation>ERGEBNIS</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>MESSAGE</source>
        <translation>MELDUNG</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>erfolgreich</translation>
    </message>
    <message>
        <source>No operations in the log match.</source>
        <translation>Keine Vorgänge im Protokoll passen.</translation>
    </message>
    <message>
        <source>Give the account&apos;s name (see &quot;cronofyctl account list&quot;).</source>
        <translation>Geben Sie den Namen des Kontos an (siehe &quot;cronofyctl account list&quot;).</translation>
    </message>
    <message>
        <source>Give the account&apos;s name and its new name.</source>
        <translation>Geben Sie den Namen des Kontos und seinen neuen Namen an.</translation>
    </message>
    <message>
        <source>Name the account with --name NAME, for example its organizational unit.</source>
        <translation>Benennen Sie das Konto mit --name NAME, zum Beispiel nach seiner Organisationseinheit.</translation>
    </message>
    <message>
        <source>Admin API key of %1 (not shown): </source>
        <translation>Admin-API-Schlüssel von %1 (wird nicht angezeigt): </translation>
    </message>
    <message>
        <source>The account “%1” (%2) is added; its admin API key is stored in the keychain.</source>
        <translation>Das Konto „%1“ (%2) ist hinzugefügt; sein Admin-API-Schlüssel ist im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>New admin API key of %1 (not shown): </source>
        <translation>Neuer Admin-API-Schlüssel von %1 (wird nicht angezeigt): </translation>
    </message>
    <message>
        <source>The new admin API key of the account “%1” is stored in the keychain.</source>
        <translation>Der neue Admin-API-Schlüssel des Kontos „%1“ ist im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>No accounts yet. Add one with &quot;cronofyctl account add --name NAME --data-center DC&quot; (the key on standard input).</source>
        <translation>Noch keine Konten. Fügen Sie eines mit &quot;cronofyctl account add --name NAME --data-center DC&quot; hinzu (den Schlüssel über die Standardeingabe).</translation>
    </message>
    <message>
        <source>MISSING</source>
        <translation>FEHLT</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>SCHLÜSSEL</translation>
    </message>
    <message>
        <source>The account “%1” is now named “%2”.</source>
        <translation>Das Konto „%1“ heißt jetzt „%2“.</translation>
    </message>
    <message>
        <source>The account “%1” and its admin API key are removed. The applications it created stay listed.</source>
        <translation>Das Konto „%1“ und sein Admin-API-Schlüssel sind entfernt. Die damit erstellten Anwendungen bleiben in der Liste.</translation>
    </message>
    <message>
        <source>add an account: a named admin API key (from stdin)</source>
        <translation>ein Konto hinzufügen: ein benannter Admin-API-Schlüssel (von stdin)</translation>
    </message>
    <message>
        <source>Adds an account: an admin API key of one organizational unit, under a name you choose (for example &quot;Acme - customer&quot; or &quot;Staging&quot;). The key is read from standard input (never from the command line) and stored in the keychain. Each data center may have several accounts; no two accounts share a name.</source>
        <translation>Fügt ein Konto hinzu: einen Admin-API-Schlüssel einer Organisationseinheit unter einem Namen Ihrer Wahl (zum Beispiel &quot;Acme - Kunde&quot; oder &quot;Staging&quot;). Der Schlüssel wird von der Standardeingabe gelesen (nie von der Befehlszeile) und im Schlüsselbund gespeichert. Jedes Rechenzentrum kann mehrere Konten haben; keine zwei Konten tragen denselben Namen.</translation>
    </message>
    <message>
        <source>The account&apos;s name.</source>
        <translation>Der Name des Kontos.</translation>
    </message>
    <message>
        <source>list the accounts</source>
        <translation>die Konten auflisten</translation>
    </message>
    <message>
        <source>Lists the accounts: name, data center and whether the keychain holds the key. Never prints a key. With --json, one document {&quot;accounts&quot;: [...]} whose entries have name, data_center, data_center_name, has_key, keychain_entry and last_used.</source>
        <translation>Listet die Konten auf: Name, Rechenzentrum und ob der Schlüsselbund den Schlüssel enthält. Gibt nie einen Schlüssel aus. Mit --json ein Dokument {&quot;accounts&quot;: [...]}, dessen Einträge name, data_center, data_center_name, has_key, keychain_entry und last_used haben.</translation>
    </message>
    <message>
        <source>Print one JSON document instead of a table.</source>
        <translation>Ein JSON-Dokument statt einer Tabelle ausgeben.</translation>
    </message>
    <message>
        <source>rename an account</source>
        <translation>ein Konto umbenennen</translation>
    </message>
    <message>
        <source>Renames an account. Its key moves to the keychain entry of the new name, and the applications it created are listed under the new name.</source>
        <translation>Benennt ein Konto um. Sein Schlüssel wandert in den Schlüsselbund-Eintrag des neuen Namens, und die damit erstellten Anwendungen stehen unter dem neuen Namen in der Liste.</translation>
    </message>
    <message>
        <source>The account&apos;s name now.</source>
        <translation>Der jetzige Name des Kontos.</translation>
    </message>
    <message>
        <source>Its new name.</source>
        <translation>Sein neuer Name.</translation>
    </message>
    <message>
        <source>replace an account&apos;s admin API key (from stdin)</source>
        <translation>den Admin-API-Schlüssel eines Kontos ersetzen (von stdin)</translation>
    </message>
    <message>
        <source>Replaces the admin API key of an account, for example after Cronofy refused it or it was revoked in the dashboard. The key is read from standard input.</source>
        <translation>Ersetzt den Admin-API-Schlüssel eines Kontos, zum Beispiel nachdem Cronofy ihn abgelehnt hat oder er im Dashboard widerrufen wurde. Der Schlüssel wird von der Standardeingabe gelesen.</translation>
    </message>
    <message>
        <source>remove an account and its key</source>
        <translation>ein Konto und seinen Schlüssel entfernen</translation>
    </message>
    <message>
        <source>Removes an account and its admin API key from the keychain. The applications it created stay in the list.</source>
        <translation>Entfernt ein Konto und seinen Admin-API-Schlüssel aus dem Schlüsselbund. Die damit erstellten Anwendungen bleiben in der Liste.</translation>
    </message>
    <message>
        <source>Stores the admin API key of the account named after a data center (added if needed) in the keychain. The key is read from standard input (never from the command line); on a terminal it is not shown while you type. Find it in the Cronofy dashboard under Admin API. For several keys in one data center, use &quot;cronofyctl account add&quot;.</source>
        <translation>Speichert den Admin-API-Schlüssel des nach einem Rechenzentrum benannten Kontos (bei Bedarf angelegt) im Schlüsselbund. Der Schlüssel wird von der Standardeingabe gelesen (nie von der Befehlszeile); im Terminal wird er beim Tippen nicht angezeigt. Sie finden ihn im Cronofy-Dashboard unter Admin API. Für mehrere Schlüssel in einem Rechenzentrum verwenden Sie &quot;cronofyctl account add&quot;.</translation>
    </message>
    <message>
        <source>Removes the admin API key of the account named after a data center from the keychain.</source>
        <translation>Entfernt den Admin-API-Schlüssel des nach einem Rechenzentrum benannten Kontos aus dem Schlüsselbund.</translation>
    </message>
    <message>
        <source>Creates a Cronofy application with an account&apos;s admin API key (see &quot;cronofyctl account add&quot;) and prints its client_id. --data-center alone works when that data center has exactly one account. Its client_secret goes to the keychain; Cronofy shows it only once. If the keychain cannot store it, the secret is printed with a warning and the exit code is 3: save it at once.</source>
        <translation>Erstellt eine Cronofy-Anwendung mit dem Admin-API-Schlüssel eines Kontos (siehe &quot;cronofyctl account add&quot;) und gibt ihre client_id aus. --data-center allein genügt, wenn dieses Rechenzentrum genau ein Konto hat. Ihr client_secret kommt in den Schlüsselbund; Cronofy zeigt es nur einmal. Kann der Schlüsselbund es nicht speichern, wird das Secret mit einer Warnung ausgegeben und der Exit-Code ist 3: Speichern Sie es sofort.</translation>
    </message>
    <message>
        <source>The account whose admin API key creates the application (see &quot;cronofyctl account list&quot;).</source>
        <translation>Das Konto, dessen Admin-API-Schlüssel die Anwendung erstellt (siehe &quot;cronofyctl account list&quot;).</translation>
    </message>
    <message>
        <source>accounts: admin API keys, one per organizational unit</source>
        <translation>Konten: Admin-API-Schlüssel, einer pro Organisationseinheit</translation>
    </message>
</context>
<context>
    <name>ConsoleSession</name>
    <message>
        <source>The list of applications and calendars was damaged. It was moved aside to %1 and a new, empty list was started. Nothing in Cronofy was changed.</source>
        <translation>Die Liste der Anwendungen und Kalender war beschädigt. Sie wurde nach %1 verschoben und eine neue, leere Liste angelegt. In Cronofy wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>CreateApplicationDialog</name>
    <message>
        <source>Create Application</source>
        <translation>Anwendung erstellen</translation>
    </message>
    <message>
        <source>The application is created in the offline sandbox. Nothing is sent to Cronofy.</source>
        <translation>Die Anwendung wird in der Offline-Sandbox erstellt. Es wird nichts an Cronofy gesendet.</translation>
    </message>
    <message>
        <source>The application is created in your Cronofy account, in the %1 data center.</source>
        <translation>Die Anwendung wird in Ihrem Cronofy-Konto im Rechenzentrum %1 erstellt.</translation>
    </message>
    <message>
        <source>Example: Meeting Room Booking</source>
        <translation>Beispiel: Besprechungsraum-Buchung</translation>
    </message>
    <message>
        <source>https://www.example.com</source>
        <translation>https://www.example.com</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>People see this name when they connect their calendar.</source>
        <translation>Diesen Namen sehen Personen, wenn sie ihren Kalender verbinden.</translation>
    </message>
    <message>
        <source>&amp;Web address:</source>
        <translation>&amp;Webadresse:</translation>
    </message>
    <message>
        <source>The home page of your application or organisation, such as www.example.com.</source>
        <translation>Die Startseite Ihrer Anwendung oder Organisation, zum Beispiel www.example.com.</translation>
    </message>
    <message>
        <source>The home page of your application or organisation.</source>
        <translation type="vanished">Die Startseite Ihrer Anwendung oder Organisation.</translation>
    </message>
    <message>
        <source>Application name</source>
        <translation>Name der Anwendung</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Webadresse</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>&amp;Erstellen</translation>
    </message>
    <message>
        <source>Create the application</source>
        <translation>Die Anwendung erstellen</translation>
    </message>
    <message>
        <source>Stopped. If Cronofy had already created the application, it still appears in the list with its secret.</source>
        <translation>Angehalten. Falls Cronofy die Anwendung bereits erstellt hatte, erscheint sie trotzdem mit ihrem Secret in der Liste.</translation>
    </message>
    <message>
        <source>Creating the application…</source>
        <translation>Anwendung wird erstellt…</translation>
    </message>
    <message>
        <source>Admin API &amp;key:</source>
        <translation>Admin-API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>Admin API key</source>
        <translation>Admin-API-Schlüssel</translation>
    </message>
    <message>
        <source>Paste the key here</source>
        <translation>Schlüssel hier einfügen</translation>
    </message>
    <message>
        <source>Save Key and Retr&amp;y</source>
        <translation>Schlüssel speichern und erneut &amp;versuchen</translation>
    </message>
    <message>
        <source>Save the admin API key and create the application</source>
        <translation>Den Admin-API-Schlüssel speichern und die Anwendung anlegen</translation>
    </message>
    <message>
        <source>Cronofy refused the admin API key for %1. Check in the Cronofy dashboard that the key belongs to this data center and is not revoked, paste it below and press Save Key and Retry. What you typed above stays.</source>
        <translation type="vanished">Cronofy hat den Admin-API-Schlüssel für %1 abgelehnt. Prüfen Sie im Cronofy-Dashboard, dass der Schlüssel zu diesem Rechenzentrum gehört und nicht widerrufen ist, fügen Sie ihn unten ein und klicken Sie auf „Schlüssel speichern und erneut versuchen“. Was Sie oben eingegeben haben, bleibt erhalten.</translation>
    </message>
    <message>
        <source>No admin API key is stored for %1 yet. Paste it below and press Save Key and Retry.</source>
        <translation>Für %1 ist noch kein Admin-API-Schlüssel gespeichert. Fügen Sie ihn unten ein und klicken Sie auf „Schlüssel speichern und erneut versuchen“.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Konto:</translation>
    </message>
    <message>
        <source>Whose admin API key creates the application: the accounts are listed in Settings.</source>
        <translation>Wessen Admin-API-Schlüssel die Anwendung erstellt: Die Konten stehen in den Einstellungen.</translation>
    </message>
    <message>
        <source>%1 You can also paste the right key below and press Save Key and Retry. What you typed above stays.</source>
        <translation>%1 Sie können auch den richtigen Schlüssel unten einfügen und „Schlüssel speichern und erneut versuchen“ drücken. Was Sie oben eingegeben haben, bleibt erhalten.</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>The file is not UTF-8 text. Save it as &quot;CSV UTF-8&quot; from your spreadsheet, then try again.</source>
        <translation>Die Datei ist kein UTF-8-Text. Speichern Sie sie in Ihrer Tabellenkalkulation als „CSV UTF-8“ und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Line %1 has a quote in the middle of a field. Put the whole field in quotes and double the quotes inside it (&quot;&quot;), then try again.</source>
        <translation>Zeile %1 hat ein Anführungszeichen mitten in einem Feld. Setzen Sie das ganze Feld in Anführungszeichen und verdoppeln Sie die Anführungszeichen darin (&quot;&quot;), dann versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Line %1 has text after the closing quote of a field. Put a comma after the quote, or the text inside the quotes, then try again.</source>
        <translation>Zeile %1 hat Text nach dem schließenden Anführungszeichen eines Felds. Setzen Sie ein Komma nach das Anführungszeichen oder den Text in die Anführungszeichen, dann versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The file ends inside a quoted field that starts on line %1. Add the closing quote, then try again.</source>
        <translation>Die Datei endet innerhalb eines Felds in Anführungszeichen, das in Zeile %1 beginnt. Ergänzen Sie das schließende Anführungszeichen, dann versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>DataCenter</name>
    <message>
        <source>Enter a data center (us, au, ca, de, sg or uk) or a base URL such as https://api.example.com.</source>
        <translation>Geben Sie ein Rechenzentrum (us, au, ca, de, sg oder uk) oder eine Basis-URL wie https://api.example.com ein.</translation>
    </message>
    <message>
        <source>The base URL is too long (%1 characters). Enter just the scheme, host, port and optional path, for example https://api.example.com.</source>
        <translation>Die Basis-URL ist zu lang (%1 Zeichen). Geben Sie nur Schema, Host, Port und optional einen Pfad ein, zum Beispiel https://api.example.com.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address. Enter a base URL that starts with https://, for example https://api.example.com.</source>
        <translation>„%1“ ist keine Webadresse. Geben Sie eine Basis-URL ein, die mit https:// beginnt, zum Beispiel https://api.example.com.</translation>
    </message>
    <message>
        <source>The base URL must start with https://. Correct it and try again.</source>
        <translation>Die Basis-URL muss mit https:// beginnen. Korrigieren Sie sie und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Plain http:// is only allowed for this computer (127.0.0.1 or localhost), because keys and secrets would cross the network unencrypted. Use https:// instead.</source>
        <translation>Unverschlüsseltes http:// ist nur für diesen Computer erlaubt (127.0.0.1 oder localhost), weil Schlüssel und Secrets sonst unverschlüsselt durch das Netzwerk gingen. Verwenden Sie stattdessen https://.</translation>
    </message>
    <message>
        <source>The base URL must not contain a user name, a password, a query or a fragment. Enter just the scheme, host, port and optional path.</source>
        <translation>Die Basis-URL darf keinen Benutzernamen, kein Passwort, keine Abfrage und kein Fragment enthalten. Geben Sie nur Schema, Host, Port und optional einen Pfad ein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a data center. Use one of us, au, ca, de, sg or uk, or a base URL such as https://api.example.com.</source>
        <translation>„%1“ ist kein Rechenzentrum. Verwenden Sie us, au, ca, de, sg oder uk, oder eine Basis-URL wie https://api.example.com.</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>Vereinigte Staaten</translation>
    </message>
    <message>
        <source>Australia</source>
        <translation>Australien</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>Kanada</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Deutschland</translation>
    </message>
    <message>
        <source>Singapore</source>
        <translation>Singapur</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Vereinigtes Königreich</translation>
    </message>
    <message>
        <source>Offline sandbox</source>
        <translation>Offline-Sandbox</translation>
    </message>
</context>
<context>
    <name>DataCenterPicker</name>
    <message>
        <source>Data center</source>
        <translation>Rechenzentrum</translation>
    </message>
    <message>
        <source>The region your Cronofy account lives in. It is shown in the address of your Cronofy dashboard, for example app-de.cronofy.com for Germany.</source>
        <translation>Die Region, in der Ihr Cronofy-Konto liegt. Sie steht in der Adresse Ihres Cronofy-Dashboards, zum Beispiel app-de.cronofy.com für Deutschland.</translation>
    </message>
    <message>
        <source>Other (base URL)…</source>
        <translation>Andere (Basis-URL)…</translation>
    </message>
    <message>
        <source>Offline sandbox — nothing is sent to Cronofy</source>
        <translation>Offline-Sandbox – es wird nichts an Cronofy gesendet</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <source>https://api.example.com or http://127.0.0.1:8080</source>
        <translation>https://api.example.com oder http://127.0.0.1:8080</translation>
    </message>
    <message>
        <source>For a proxy or a local test server. Plain http is allowed only for this computer (127.0.0.1 or localhost).</source>
        <translation>Für einen Proxy oder einen lokalen Testserver. Unverschlüsseltes http ist nur für diesen Computer erlaubt (127.0.0.1 oder localhost).</translation>
    </message>
    <message>
        <source>Problem with the base URL</source>
        <translation>Problem mit der Basis-URL</translation>
    </message>
    <message>
        <source>Type the base URL, for example https://api.example.com.</source>
        <translation>Geben Sie die Basis-URL ein, zum Beispiel https://api.example.com.</translation>
    </message>
    <message>
        <source>Base URL:</source>
        <translation>Basis-URL:</translation>
    </message>
</context>
<context>
    <name>DisplayCheck</name>
    <message>
        <source>Cronofy Console found no display to open its window on: run it on a desktop, connect with &quot;ssh -X&quot;, or use %1, which needs no display.</source>
        <extracomment>Printed when cronofy-console starts without a graphical desktop (e.g. over SSH); %1 is the command &quot;cronofyctl&quot; or its full path. Keep &quot;ssh -X&quot; as it is.</extracomment>
        <translation>Cronofy Console hat keine Anzeige gefunden, auf der es sein Fenster öffnen kann: Starten Sie es auf einem Desktop, verbinden Sie sich mit „ssh -X“ oder verwenden Sie %1, das keine Anzeige braucht.</translation>
    </message>
</context>
<context>
    <name>ErrorPresenter</name>
    <message>
        <source>Problem with this field</source>
        <translation>Problem mit diesem Feld</translation>
    </message>
</context>
<context>
    <name>FreshTokensDialog</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Fresh tokens for “%1”</source>
        <translation>Neue Tokens für „%1“</translation>
    </message>
    <message numerus="yes">
        <source>Cronofy issued a fresh access token for “%1”. Paste it where it is needed; it works for about %n minute(s). The refresh token lets a program get new access tokens later. Treat both like passwords: they are not shown here and not kept by the console.</source>
        <translation>
            <numerusform>Cronofy hat ein neues Zugriffstoken für „%1“ ausgestellt. Fügen Sie es dort ein, wo es gebraucht wird; es gilt etwa %n Minute. Mit dem Refresh-Token kann ein Programm später neue Zugriffstokens holen. Behandeln Sie beide wie Passwörter: Sie werden hier nicht angezeigt und von der Konsole nicht aufbewahrt.</numerusform>
            <numerusform>Cronofy hat ein neues Zugriffstoken für „%1“ ausgestellt. Fügen Sie es dort ein, wo es gebraucht wird; es gilt etwa %n Minuten. Mit dem Refresh-Token kann ein Programm später neue Zugriffstokens holen. Behandeln Sie beide wie Passwörter: Sie werden hier nicht angezeigt und von der Konsole nicht aufbewahrt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy &amp;access token again</source>
        <translation>&amp;Zugriffstoken erneut kopieren</translation>
    </message>
    <message>
        <source>Copy the access token again</source>
        <translation>Das Zugriffstoken erneut kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;refresh token</source>
        <translation>&amp;Refresh-Token kopieren</translation>
    </message>
    <message>
        <source>Copy the refresh token</source>
        <translation>Das Refresh-Token kopieren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>The clipboard was cleared.</source>
        <translation>Die Zwischenablage wurde geleert.</translation>
    </message>
    <message>
        <source>The refresh token is on the clipboard. It will be cleared in %1, unless you copy something else first.</source>
        <extracomment>%1 is a duration such as &quot;30 seconds&quot;.</extracomment>
        <translation>Das Refresh-Token ist in der Zwischenablage. Sie wird in %1 geleert, sofern Sie nicht vorher etwas anderes kopieren.</translation>
    </message>
    <message>
        <source>The access token is on the clipboard. It will be cleared in %1, unless you copy something else first.</source>
        <translation>Das Zugriffstoken ist in der Zwischenablage. Sie wird in %1 geleert, sofern Sie nicht vorher etwas anderes kopieren.</translation>
    </message>
</context>
<context>
    <name>ImportApplicationDialog</name>
    <message>
        <source>Import Application</source>
        <translation>Anwendung importieren</translation>
    </message>
    <message>
        <source>Add an application that was made in the Cronofy dashboard. You find its client ID and client secret there, on the application&apos;s Credentials page. It is checked with %1 before it is added.</source>
        <translation>Fügen Sie eine Anwendung hinzu, die im Cronofy-Dashboard angelegt wurde. Client-ID und Client-Secret finden Sie dort auf der Seite „Credentials“ der Anwendung. Vor dem Hinzufügen wird sie bei %1 geprüft.</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation type="vanished">Client-&amp;ID:</translation>
    </message>
    <message>
        <source>Client I&amp;D:</source>
        <translation>Client-&amp;ID:</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>Client-&amp;Secret:</translation>
    </message>
    <message>
        <source>Kept in this computer&apos;s keychain, never in a file.</source>
        <translation>Wird im Schlüsselbund dieses Computers aufbewahrt, nie in einer Datei.</translation>
    </message>
    <message>
        <source>&amp;Name (optional):</source>
        <translation>&amp;Name (optional):</translation>
    </message>
    <message>
        <source>How the application is listed here. Leave it empty to use the client ID.</source>
        <translation>So wird die Anwendung hier aufgeführt. Leer lassen, um die Client-ID zu verwenden.</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Client-Secret</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>Im&amp;portieren</translation>
    </message>
    <message>
        <source>Import the application</source>
        <translation>Die Anwendung importieren</translation>
    </message>
    <message>
        <source>Stopped. Nothing was added.</source>
        <translation>Angehalten. Es wurde nichts hinzugefügt.</translation>
    </message>
    <message>
        <source>Checking the credentials with Cronofy…</source>
        <translation>Zugangsdaten werden bei Cronofy geprüft…</translation>
    </message>
</context>
<context>
    <name>Localization</name>
    <message>
        <source>Same as the system (%1)</source>
        <extracomment>A choice in Settings &gt; Language; %1 is the name of the system&apos;s language, e.g. &quot;Deutsch&quot;.</extracomment>
        <translation>Wie im System (%1)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Offline sandbox — nothing is sent to Cronofy. Connect your account in Settings.</source>
        <translation>Offline-Sandbox – es wird nichts an Cronofy gesendet. Verbinden Sie Ihr Konto in den Einstellungen.</translation>
    </message>
    <message>
        <source>Offline mode</source>
        <translation>Offline-Modus</translation>
    </message>
    <message>
        <source>&amp;Applications</source>
        <translation>&amp;Anwendungen</translation>
    </message>
    <message>
        <source>&amp;Calendars</source>
        <translation>&amp;Kalender</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Data center in use</source>
        <translation>Verwendetes Rechenzentrum</translation>
    </message>
    <message>
        <source>Starting the offline sandbox…</source>
        <translation>Offline-Sandbox wird gestartet…</translation>
    </message>
    <message>
        <source>Cronofy Console — Offline sandbox</source>
        <translation type="vanished">Cronofy Console – Offline-Sandbox</translation>
    </message>
    <message>
        <source>Sandbox — nothing is sent to Cronofy</source>
        <translation>Sandbox – es wird nichts an Cronofy gesendet</translation>
    </message>
    <message>
        <source>Cronofy Console — %1</source>
        <translation type="vanished">Cronofy Console – %1</translation>
    </message>
    <message>
        <source>Data center: %1 (%2)</source>
        <translation>Rechenzentrum: %1 (%2)</translation>
    </message>
    <message>
        <source>Cronofy Console</source>
        <translation type="vanished">Cronofy Console</translation>
    </message>
    <message>
        <source>Not connected yet</source>
        <translation>Noch nicht verbunden</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Cronofy Console</source>
        <translation>Ü&amp;ber Cronofy Console</translation>
    </message>
    <message>
        <source>About Cronofy Console</source>
        <translation>Über Cronofy Console</translation>
    </message>
    <message>
        <source>Cronofy Console %1</source>
        <extracomment>%1 is the version number</extracomment>
        <translation>Cronofy Console %1</translation>
    </message>
    <message>
        <source>Creates Cronofy applications and application calendars, and keeps their secrets in this computer&apos;s keychain.</source>
        <translation>Legt Cronofy-Anwendungen und Anwendungskalender an und bewahrt ihre Geheimnisse im Schlüsselbund dieses Computers auf.</translation>
    </message>
    <message>
        <source>Free software under the MIT licence. It comes with no warranty.</source>
        <translation>Freie Software unter der MIT-Lizenz. Ohne jede Gewährleistung.</translation>
    </message>
    <message>
        <source>Project home page and source code</source>
        <translation>Projektseite und Quellcode</translation>
    </message>
    <message>
        <source>Report a problem</source>
        <translation>Ein Problem melden</translation>
    </message>
    <message>
        <source>Cronofy&apos;s developer documentation</source>
        <translation>Entwicklerdokumentation von Cronofy</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Offline sandbox</source>
        <translation>Offline-Sandbox</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation type="vanished">&amp;Details</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Show technical details</source>
        <translation>Technische Details anzeigen</translation>
    </message>
    <message>
        <source>Show the technical details, for example to send them to support</source>
        <translation>Die technischen Details anzeigen, zum Beispiel um sie an den Support zu senden</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close the message</source>
        <translation>Die Meldung schließen</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>Technische Details</translation>
    </message>
</context>
<context>
    <name>OfflineSandbox</name>
    <message>
        <source>The offline sandbox needs the keychain for its admin key. %1</source>
        <translation>Die Offline-Sandbox braucht den Schlüsselbund für ihren Admin-Schlüssel. %1</translation>
    </message>
    <message>
        <source>The offline sandbox could not start: %1</source>
        <translation>Die Offline-Sandbox konnte nicht starten: %1</translation>
    </message>
</context>
<context>
    <name>OnceShownSecretDialog</name>
    <message>
        <source>&amp;Retry storing in the keychain</source>
        <translation>Speichern im Schlüsselbund &amp;wiederholen</translation>
    </message>
    <message>
        <source>I have &amp;stored the client secret elsewhere</source>
        <translation>Ich habe das Client-Secret &amp;anderswo gespeichert</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>&amp;Provision a Calendar…</source>
        <translation>Kalender &amp;bereitstellen…</translation>
    </message>
    <message>
        <source>Application Created</source>
        <translation>Anwendung erstellt</translation>
    </message>
    <message>
        <source>The application was created.</source>
        <translation>Die Anwendung wurde erstellt.</translation>
    </message>
    <message>
        <source>Cronofy shows the client secret only once. Cronofy Console keeps it in this computer&apos;s keychain, so you do not need to write it down.</source>
        <translation>Cronofy zeigt das Client-Secret nur einmal. Cronofy Console bewahrt es im Schlüsselbund dieses Computers auf, Sie müssen es also nicht notieren.</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>Copy &amp;ID</source>
        <translation>&amp;ID kopieren</translation>
    </message>
    <message>
        <source>Copy the client ID</source>
        <translation>Die Client-ID kopieren</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Client-Secret</translation>
    </message>
    <message>
        <source>Copy s&amp;ecret</source>
        <translation>S&amp;ecret kopieren</translation>
    </message>
    <message>
        <source>Copy the client secret</source>
        <translation>Das Client-Secret kopieren</translation>
    </message>
    <message>
        <source>The clipboard is cleared after 30 seconds, unless you copy something else.</source>
        <translation>Die Zwischenablage wird nach 30 Sekunden geleert, sofern Sie nichts anderes kopieren.</translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation>Client-ID:</translation>
    </message>
    <message>
        <source>Client secret:</source>
        <translation>Client-Secret:</translation>
    </message>
    <message>
        <source>Retry storing the client secret in the keychain</source>
        <translation>Das Client-Secret erneut im Schlüsselbund speichern</translation>
    </message>
    <message>
        <source>I have stored the client secret elsewhere</source>
        <translation>Ich habe das Client-Secret anderswo gespeichert</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close and provision a calendar for the new application</source>
        <translation>Schließen und einen Kalender für die neue Anwendung bereitstellen</translation>
    </message>
    <message>
        <source>Close this window and provision the application&apos;s first calendar</source>
        <translation>Dieses Fenster schließen und den ersten Kalender der Anwendung bereitstellen</translation>
    </message>
    <message>
        <source>The client secret is on the clipboard for 30 seconds.</source>
        <translation>Das Client-Secret ist 30 Sekunden lang in der Zwischenablage.</translation>
    </message>
    <message>
        <source>The client secret is on the clipboard for 30 seconds. Paste it into your password manager now.</source>
        <translation>Das Client-Secret ist 30 Sekunden lang in der Zwischenablage. Fügen Sie es jetzt in Ihren Passwortmanager ein.</translation>
    </message>
    <message>
        <source>The client secret was NOT stored in the keychain. %1 Then press Retry, or copy the secret into your password manager now: Cronofy will not show it again.</source>
        <translation>Das Client-Secret wurde NICHT im Schlüsselbund gespeichert. %1 Klicken Sie dann auf „Wiederholen“, oder kopieren Sie das Secret jetzt in Ihren Passwortmanager: Cronofy zeigt es nicht noch einmal.</translation>
    </message>
    <message>
        <source>Cronofy shows the client secret only once, and this computer&apos;s keychain did not take it. Keep it safe before you close this window.</source>
        <translation>Cronofy zeigt das Client-Secret nur einmal, und der Schlüsselbund dieses Computers hat es nicht übernommen. Bewahren Sie es sicher auf, bevor Sie dieses Fenster schließen.</translation>
    </message>
    <message>
        <source>Store the secret first: press Retry, or tick &quot;I have stored the client secret elsewhere&quot;.</source>
        <translation>Speichern Sie zuerst das Secret: Klicken Sie auf „Wiederholen“, oder setzen Sie ein Häkchen bei „Ich habe das Client-Secret anderswo gespeichert“.</translation>
    </message>
    <message>
        <source>The client secret is now stored in this computer&apos;s keychain.</source>
        <translation>Das Client-Secret ist jetzt im Schlüsselbund dieses Computers gespeichert.</translation>
    </message>
    <message>
        <source>The client secret is still NOT stored. %1</source>
        <translation>Das Client-Secret ist immer noch NICHT gespeichert. %1</translation>
    </message>
    <message>
        <source>This window stays open until the client secret is safe: press Retry, or copy the secret into your password manager and tick &quot;I have stored the client secret elsewhere&quot;.</source>
        <translation>Dieses Fenster bleibt offen, bis das Client-Secret sicher ist: Klicken Sie auf „Wiederholen“, oder kopieren Sie das Secret in Ihren Passwortmanager und setzen Sie ein Häkchen bei „Ich habe das Client-Secret anderswo gespeichert“.</translation>
    </message>
</context>
<context>
    <name>OperationsModel</name>
    <message>
        <source>When</source>
        <translation type="vanished">Wann</translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="vanished">Aktion</translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="vanished">Ziel</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="vanished">Ergebnis</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation type="vanished">HTTP-Status</translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="vanished">Meldung</translation>
    </message>
</context>
<context>
    <name>PostgresAddress</name>
    <message>
        <source>&quot;%1&quot; is not a PostgreSQL address. Write it as %2.</source>
        <translation>„%1“ ist keine PostgreSQL-Adresse. Schreiben Sie sie als %2.</translation>
    </message>
    <message>
        <source>Leave the password out of the address: it is asked for separately and kept in your keychain. Write the address as %1.</source>
        <translation>Lassen Sie das Passwort aus der Adresse weg: Es wird getrennt abgefragt und in Ihrem Schlüsselbund aufbewahrt. Schreiben Sie die Adresse als %1.</translation>
    </message>
    <message>
        <source>The address names no user: write the database user before the host, as in %1.</source>
        <translation>Die Adresse nennt keinen Benutzer: Schreiben Sie den Datenbankbenutzer vor den Host, wie in %1.</translation>
    </message>
    <message>
        <source>The address names no server: write its host name after the user, as in %1.</source>
        <translation>Die Adresse nennt keinen Server: Schreiben Sie seinen Hostnamen nach dem Benutzer, wie in %1.</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535 (PostgreSQL&apos;s usual port is 5432).</source>
        <translation>Der Port muss eine Zahl von 1 bis 65535 sein (der übliche Port von PostgreSQL ist 5432).</translation>
    </message>
    <message>
        <source>The address names no database: write its name after the port, as in %1.</source>
        <translation>Die Adresse nennt keine Datenbank: Schreiben Sie ihren Namen nach dem Port, wie in %1.</translation>
    </message>
    <message>
        <source>sslmode=%1 is not offered: use sslmode=verify-full (TLS, the server&apos;s certificate and name checked), or leave it out for a server on this computer.</source>
        <translation>sslmode=%1 wird nicht angeboten: Verwenden Sie sslmode=verify-full (TLS, Zertifikat und Name des Servers werden geprüft) oder lassen Sie es für einen Server auf diesem Computer weg.</translation>
    </message>
    <message>
        <source>sslrootcert must be the full path of the root certificate file (for example /etc/ssl/certs/team-ca.crt), not &quot;%1&quot;.</source>
        <translation>sslrootcert muss der vollständige Pfad der Stammzertifikatsdatei sein (zum Beispiel /etc/ssl/certs/team-ca.crt), nicht „%1“.</translation>
    </message>
    <message>
        <source>The address option &quot;%1&quot; is not offered: only sslmode and sslrootcert may follow the database name.</source>
        <translation>Die Adressoption „%1“ wird nicht angeboten: Nach dem Datenbanknamen dürfen nur sslmode und sslrootcert folgen.</translation>
    </message>
    <message>
        <source>The server %1 is on another computer, so the connection must be encrypted and the server checked: add ?sslmode=verify-full to the address (and &amp;sslrootcert=/path/to/ca.crt if your team&apos;s server certificate is signed by its own authority).</source>
        <translation>Der Server %1 läuft auf einem anderen Computer, daher muss die Verbindung verschlüsselt und der Server geprüft werden: Fügen Sie der Adresse ?sslmode=verify-full hinzu (und &amp;sslrootcert=/pfad/zu/ca.crt, wenn das Serverzertifikat Ihres Teams von einer eigenen Stelle signiert ist).</translation>
    </message>
    <message>
        <source>sslrootcert is only used with TLS: add sslmode=verify-full to the address.</source>
        <translation>sslrootcert wird nur mit TLS verwendet: Fügen Sie der Adresse sslmode=verify-full hinzu.</translation>
    </message>
</context>
<context>
    <name>ProvisionCalendarDialog</name>
    <message>
        <source>Provision a Calendar</source>
        <translation>Kalender bereitstellen</translation>
    </message>
    <message>
        <source>An application calendar is a calendar that Cronofy keeps for one of your applications. Give it an ID you will recognise, such as the name of a room or a person. Provisioning an ID that already exists is safe: you get the same calendar back.</source>
        <translation>Ein Anwendungskalender ist ein Kalender, den Cronofy für eine Ihrer Anwendungen führt. Geben Sie ihm eine ID, die Sie wiedererkennen, etwa den Namen eines Raums oder einer Person. Eine bereits vorhandene ID erneut bereitzustellen ist sicher: Sie erhalten denselben Kalender zurück.</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source>The application the calendar belongs to</source>
        <translation>Die Anwendung, zu der der Kalender gehört</translation>
    </message>
    <message>
        <source>There is no application yet. Create or import one on the Applications page first.</source>
        <translation>Es gibt noch keine Anwendung. Erstellen oder importieren Sie zuerst eine auf der Seite „Anwendungen“.</translation>
    </message>
    <message>
        <source>Calendar ID</source>
        <translation>Kalender-ID</translation>
    </message>
    <message>
        <source>A name for the calendar that is unique within the application</source>
        <translation>Ein Name für den Kalender, der innerhalb der Anwendung eindeutig ist</translation>
    </message>
    <message>
        <source>For example: meeting-room-3</source>
        <translation>Zum Beispiel: besprechungsraum-3</translation>
    </message>
    <message>
        <source>Problem with the calendar ID</source>
        <translation>Problem mit der Kalender-ID</translation>
    </message>
    <message>
        <source>A&amp;pplication:</source>
        <translation>A&amp;nwendung:</translation>
    </message>
    <message>
        <source>Calendar &amp;ID:</source>
        <translation>Kalender-&amp;ID:</translation>
    </message>
    <message>
        <source>Provisioning in progress</source>
        <translation>Bereitstellung läuft</translation>
    </message>
    <message>
        <source>Asking Cronofy for the calendar…</source>
        <translation>Cronofy wird nach dem Kalender gefragt…</translation>
    </message>
    <message>
        <source>Provisioned calendar</source>
        <translation>Bereitgestellter Kalender</translation>
    </message>
    <message>
        <source>Calendar sub</source>
        <translation>Sub des Kalenders</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Copy s&amp;ub</source>
        <translation>S&amp;ub kopieren</translation>
    </message>
    <message>
        <source>Copy the calendar sub</source>
        <translation>Den Sub des Kalenders kopieren</translation>
    </message>
    <message>
        <source>Copy p&amp;rofile ID</source>
        <translation>P&amp;rofil-ID kopieren</translation>
    </message>
    <message>
        <source>Copy the profile ID</source>
        <translation>Die Profil-ID kopieren</translation>
    </message>
    <message>
        <source>Sub:</source>
        <translation>Sub:</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Profil:</translation>
    </message>
    <message>
        <source>Pro&amp;vision</source>
        <translation>&amp;Bereitstellen</translation>
    </message>
    <message>
        <source>Provision the calendar</source>
        <translation>Den Kalender bereitstellen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Choose the application the calendar belongs to. If the list is empty, create or import an application on the Applications page first.</source>
        <translation>Wählen Sie die Anwendung, zu der der Kalender gehört. Ist die Liste leer, erstellen oder importieren Sie zuerst eine Anwendung auf der Seite „Anwendungen“.</translation>
    </message>
    <message>
        <source>Stopped waiting for Cronofy. If the calendar was created meanwhile, provisioning the same ID again is safe and shows it.</source>
        <translation>Das Warten auf Cronofy wurde beendet. Falls der Kalender inzwischen angelegt wurde, ist es sicher, dieselbe ID erneut bereitzustellen; dann wird er angezeigt.</translation>
    </message>
    <message>
        <source>The calendar “%1” is ready.</source>
        <translation>Der Kalender „%1“ ist bereit.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Cancel the request</source>
        <translation>Die Anfrage abbrechen</translation>
    </message>
</context>
<context>
    <name>ProvisioningService</name>
    <message>
        <source>The address is too long (%1 characters). Use an address of at most %2 characters.</source>
        <translation>Die Adresse ist zu lang (%1 Zeichen). Verwenden Sie eine Adresse mit höchstens %2 Zeichen.</translation>
    </message>
    <message>
        <source>The address contains invisible control characters. Type it again or paste it as plain text.</source>
        <translation>Die Adresse enthält unsichtbare Steuerzeichen. Geben Sie sie erneut ein oder fügen Sie sie als reinen Text ein.</translation>
    </message>
    <message>
        <source>A web address cannot contain spaces. Check the address and try again.</source>
        <translation>Eine Webadresse darf keine Leerzeichen enthalten. Prüfen Sie die Adresse und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Start the address with https:// (for example %1).</source>
        <translation>Beginnen Sie die Adresse mit https:// (zum Beispiel %1).</translation>
    </message>
    <message>
        <source>Enter a web address that starts with https:// or http:// (for example %1).</source>
        <translation>Geben Sie eine Webadresse ein, die mit https:// oder http:// beginnt (zum Beispiel %1).</translation>
    </message>
    <message>
        <source>The address has no host name. Enter a complete address such as %1.</source>
        <translation>Die Adresse hat keinen Hostnamen. Geben Sie eine vollständige Adresse wie %1 ein.</translation>
    </message>
    <message>
        <source>Enter a name for the application. People see it when they connect their calendar.</source>
        <translation>Geben Sie einen Namen für die Anwendung ein. Personen sehen ihn, wenn sie ihren Kalender verbinden.</translation>
    </message>
    <message>
        <source>The name is too long (%1 characters). Use at most %2 characters.</source>
        <translation>Der Name ist zu lang (%1 Zeichen). Verwenden Sie höchstens %2 Zeichen.</translation>
    </message>
    <message>
        <source>The name contains invisible control characters. Type it again.</source>
        <translation>Der Name enthält unsichtbare Steuerzeichen. Geben Sie ihn erneut ein.</translation>
    </message>
    <message>
        <source>Enter the web address of the application&apos;s home page, for example https://example.com.</source>
        <translation>Geben Sie die Webadresse der Startseite der Anwendung ein, zum Beispiel https://example.com.</translation>
    </message>
    <message>
        <source>Enter a calendar ID: any text that names this calendar in your organisation, for example meeting-room-3.</source>
        <translation>Geben Sie eine Kalender-ID ein: einen beliebigen Text, der diesen Kalender in Ihrer Organisation benennt, zum Beispiel besprechungsraum-3.</translation>
    </message>
    <message>
        <source>The calendar ID is too long (%1 characters). Use at most %2 characters.</source>
        <translation>Die Kalender-ID ist zu lang (%1 Zeichen). Verwenden Sie höchstens %2 Zeichen.</translation>
    </message>
    <message>
        <source>The calendar ID contains invisible control characters (such as a tab or line break). Type it again.</source>
        <translation>Die Kalender-ID enthält unsichtbare Steuerzeichen (etwa einen Tabulator oder Zeilenumbruch). Geben Sie sie erneut ein.</translation>
    </message>
    <message>
        <source>Enter at least one redirect address (one per line), for example https://example.com/auth/callback.</source>
        <translation>Geben Sie mindestens eine Weiterleitungsadresse ein (eine pro Zeile), zum Beispiel https://example.com/auth/callback.</translation>
    </message>
    <message>
        <source>Redirect address &quot;%1&quot;: %2</source>
        <translation>Weiterleitungsadresse „%1“: %2</translation>
    </message>
    <message>
        <source>Enter a contact email address, so Cronofy can reach you about the verification.</source>
        <translation>Geben Sie eine Kontakt-E-Mail-Adresse ein, damit Cronofy Sie wegen der Verifizierung erreichen kann.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address. Enter one such as name@example.com.</source>
        <translation>„%1“ ist keine E-Mail-Adresse. Geben Sie eine Adresse wie name@example.com ein.</translation>
    </message>
    <message>
        <source>The contact name must be at most %1 characters of plain text.</source>
        <translation>Der Kontaktname darf höchstens %1 Zeichen reinen Text enthalten.</translation>
    </message>
    <message>
        <source>This field is empty. Paste the value from the Cronofy dashboard.</source>
        <translation>Dieses Feld ist leer. Fügen Sie den Wert aus dem Cronofy-Dashboard ein.</translation>
    </message>
    <message>
        <source>This value is too long (%1 characters) to be a Cronofy key or ID. Copy it again from the Cronofy dashboard.</source>
        <translation>Dieser Wert ist zu lang (%1 Zeichen) für einen Schlüssel oder eine ID von Cronofy. Kopieren Sie ihn erneut aus dem Cronofy-Dashboard.</translation>
    </message>
    <message>
        <source>This value contains spaces or invisible characters. Copy it again from the Cronofy dashboard and paste it as plain text.</source>
        <translation>Dieser Wert enthält Leerzeichen oder unsichtbare Zeichen. Kopieren Sie ihn erneut aus dem Cronofy-Dashboard und fügen Sie ihn als reinen Text ein.</translation>
    </message>
    <message>
        <source>This value contains letters or symbols that Cronofy keys and IDs never have (such as accents or quotation marks from a word processor). Copy it again from the Cronofy dashboard.</source>
        <translation>Dieser Wert enthält Buchstaben oder Zeichen, die in Schlüsseln und IDs von Cronofy nie vorkommen (etwa Akzente oder typografische Anführungszeichen aus einer Textverarbeitung). Kopieren Sie ihn erneut aus dem Cronofy-Dashboard.</translation>
    </message>
    <message>
        <source>The application %1 is not in the list. Create or import it first.</source>
        <translation>Die Anwendung %1 steht nicht in der Liste. Erstellen oder importieren Sie sie zuerst.</translation>
    </message>
    <message>
        <source>The application %1 was created in the offline sandbox, which is not running. Switch to offline mode in Settings to use it.</source>
        <translation>Die Anwendung %1 wurde in der Offline-Sandbox erstellt, die gerade nicht läuft. Wechseln Sie in den Einstellungen in den Offline-Modus, um sie zu verwenden.</translation>
    </message>
    <message>
        <source>No admin API key is stored for %1 yet. Enter it in Settings (you find it in the Cronofy dashboard under Admin API), then try again.</source>
        <translation type="vanished">Für %1 ist noch kein Admin-API-Schlüssel gespeichert. Geben Sie ihn in den Einstellungen ein (Sie finden ihn im Cronofy-Dashboard unter „Admin API“) und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The name is too long. Use at most 200 characters.</source>
        <translation>Der Name ist zu lang. Verwenden Sie höchstens 200 Zeichen.</translation>
    </message>
    <message>
        <source>This application is already in the list. To enter a new client secret for it, use Replace client secret.</source>
        <translation>Diese Anwendung steht bereits in der Liste. Um ein neues Client-Secret für sie einzugeben, verwenden Sie „Client-Secret ersetzen“.</translation>
    </message>
    <message>
        <source>The client secret of %1 is not in the keychain. Find it in the Cronofy dashboard and enter it with Replace client secret.</source>
        <translation>Das Client-Secret von %1 ist nicht im Schlüsselbund. Sie finden es im Cronofy-Dashboard; geben Sie es mit „Client-Secret ersetzen“ ein.</translation>
    </message>
    <message>
        <source>There is no account named “%1”. The accounts are listed in Settings (and by &quot;cronofyctl account list&quot;).</source>
        <translation>Es gibt kein Konto namens „%1“. Die Konten stehen in den Einstellungen (und in &quot;cronofyctl account list&quot;).</translation>
    </message>
    <message>
        <source>Enter a name for the account, such as the organizational unit it belongs to.</source>
        <translation>Geben Sie einen Namen für das Konto ein, etwa die Organisationseinheit, zu der es gehört.</translation>
    </message>
    <message>
        <source>The account name is too long. Use at most %1 characters.</source>
        <translation>Der Kontoname ist zu lang. Verwenden Sie höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <source>The account name contains invisible control characters. Type it again or paste it as plain text.</source>
        <translation>Der Kontoname enthält unsichtbare Steuerzeichen. Geben Sie ihn erneut ein oder fügen Sie ihn als reinen Text ein.</translation>
    </message>
    <message>
        <source>There is already an account named “%1” (%2). Choose another name.</source>
        <translation>Es gibt bereits ein Konto namens „%1“ (%2). Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>The account “%1” is in %2, not in %3. Leave out the data center, or choose an account of %3.</source>
        <translation>Das Konto „%1“ liegt in %2, nicht in %3. Lassen Sie das Rechenzentrum weg oder wählen Sie ein Konto in %3.</translation>
    </message>
    <message>
        <source>Say which account to use.</source>
        <translation>Geben Sie an, welches Konto verwendet werden soll.</translation>
    </message>
    <message>
        <source>There are %1 accounts in %2 (%3): say which one to use.</source>
        <translation>In %2 gibt es %1 Konten (%3): Geben Sie an, welches verwendet werden soll.</translation>
    </message>
    <message>
        <source>No admin API key is stored for the account “%1” (%2) yet. Enter it in Settings (you find it in the Cronofy dashboard under Admin API), then try again.</source>
        <translation>Für das Konto „%1“ (%2) ist noch kein Admin-API-Schlüssel gespeichert. Geben Sie ihn in den Einstellungen ein (Sie finden ihn im Cronofy-Dashboard unter Admin API) und versuchen Sie es dann erneut.</translation>
    </message>
</context>
<context>
    <name>RecordText</name>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Offline sandbox</source>
        <translation>Offline-Sandbox</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>In the keychain</source>
        <translation>Im Schlüsselbund</translation>
    </message>
    <message>
        <source>Not stored</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
</context>
<context>
    <name>Registry</name>
    <message>
        <source>the list was written by a newer version of Cronofy Console (schema version %1); update Cronofy Console</source>
        <translation>Die Liste wurde von einer neueren Version von Cronofy Console geschrieben (Schemaversion %1); aktualisieren Sie Cronofy Console</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
</context>
<context>
    <name>RegistryError</name>
    <message>
        <source>The list of what was provisioned cannot be opened at %1. Check that the folder exists and that you may write to it, then try again.</source>
        <translation>Die Liste der Bereitstellungen kann unter %1 nicht geöffnet werden. Prüfen Sie, ob der Ordner existiert und Sie darin schreiben dürfen, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The list of what was provisioned is in a folder that cannot be written to (%1), so nothing was saved. Make the folder writable, then try again.</source>
        <translation>Die Liste der Bereitstellungen liegt in einem Ordner, in den nicht geschrieben werden kann (%1), daher wurde nichts gespeichert. Machen Sie den Ordner beschreibbar und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The disk is full, so nothing was saved. Free some space, then try again.</source>
        <translation>Der Datenträger ist voll, daher wurde nichts gespeichert. Schaffen Sie Speicherplatz und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The list of what was provisioned (%1) is damaged, so nothing was saved. Restart Cronofy Console: it moves the damaged file aside, keeps it, and starts a fresh list.</source>
        <translation>Die Liste der Bereitstellungen (%1) ist beschädigt, daher wurde nichts gespeichert. Starten Sie Cronofy Console neu: Die beschädigte Datei wird beiseitegelegt und aufbewahrt, und eine neue Liste wird angelegt.</translation>
    </message>
    <message>
        <source>Another program holds the list of what was provisioned (for example cronofyctl or a second window). Close it, then try again.</source>
        <translation>Ein anderes Programm hält die Liste der Bereitstellungen geöffnet (zum Beispiel cronofyctl oder ein zweites Fenster). Schließen Sie es und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The list of what was provisioned could not be updated (%1). Nothing was saved. Try again; if it keeps failing, restart Cronofy Console.</source>
        <translation>Die Liste der Bereitstellungen konnte nicht aktualisiert werden (%1). Es wurde nichts gespeichert. Versuchen Sie es erneut; wenn es weiterhin fehlschlägt, starten Sie Cronofy Console neu.</translation>
    </message>
    <message>
        <source>The shared list on %1 cannot be reached (%2). Check that the server is running and that this computer can reach it; nothing is lost, try again once it answers.</source>
        <translation>Die gemeinsame Liste auf %1 ist nicht erreichbar (%2). Prüfen Sie, ob der Server läuft und dieser Computer ihn erreichen kann; es geht nichts verloren, versuchen Sie es erneut, sobald er antwortet.</translation>
    </message>
    <message>
        <source>The server refused the user or the password for the shared list %1. Connect again with the right password (cronofyctl team connect, or Settings).</source>
        <translation>Der Server hat den Benutzer oder das Passwort für die gemeinsame Liste %1 abgelehnt. Verbinden Sie sich erneut mit dem richtigen Passwort (cronofyctl team connect oder Einstellungen).</translation>
    </message>
    <message>
        <source>The secure connection to the shared list %1 failed (%2). Check the server&apos;s certificate and the root certificate named by sslrootcert in the address, then connect again.</source>
        <translation>Die sichere Verbindung zur gemeinsamen Liste %1 ist fehlgeschlagen (%2). Prüfen Sie das Zertifikat des Servers und das in der Adresse mit sslrootcert genannte Stammzertifikat und verbinden Sie sich dann erneut.</translation>
    </message>
    <message>
        <source>The shared list %1 was written by a newer version of Cronofy Console (schema version %2). Update Cronofy Console on this computer, then connect again.</source>
        <translation>Die gemeinsame Liste %1 wurde von einer neueren Version von Cronofy Console geschrieben (Schemaversion %2). Aktualisieren Sie Cronofy Console auf diesem Computer und verbinden Sie sich dann erneut.</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver is not installed on this computer, so the shared list %1 cannot be used. Install the package libqt6sql6-psql (Debian, Ubuntu) or qt6-qtbase-postgresql (Fedora), then try again.</source>
        <translation>Der PostgreSQL-Treiber von Qt ist auf diesem Computer nicht installiert, daher kann die gemeinsame Liste %1 nicht verwendet werden. Installieren Sie das Paket libqt6sql6-psql (Debian, Ubuntu) oder qt6-qtbase-postgresql (Fedora) und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Your database user may not write to the shared list %1, so nothing was saved. Ask the server&apos;s administrator to grant it, then try again.</source>
        <translation>Ihr Datenbankbenutzer darf nicht in die gemeinsame Liste %1 schreiben, daher wurde nichts gespeichert. Bitten Sie den Administrator des Servers um diese Berechtigung und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The shared list&apos;s server %1 is out of disk space, so nothing was saved. Ask its administrator to free some, then try again.</source>
        <translation>Der Server der gemeinsamen Liste %1 hat keinen Speicherplatz mehr, daher wurde nichts gespeichert. Bitten Sie seinen Administrator, Platz zu schaffen, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The shared list %1 is busy with a colleague&apos;s change. Try again.</source>
        <translation>Die gemeinsame Liste %1 ist mit der Änderung eines Kollegen beschäftigt. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The shared list %1 could not be used (%2). Nothing was saved. Try again; if it keeps failing, ask the server&apos;s administrator.</source>
        <translation>Die gemeinsame Liste %1 konnte nicht verwendet werden (%2). Es wurde nichts gespeichert. Versuchen Sie es erneut; wenn es weiterhin fehlschlägt, wenden Sie sich an den Administrator des Servers.</translation>
    </message>
</context>
<context>
    <name>RegistryUpgrade</name>
    <message>
        <source>Upgrading the list of applications and calendars…</source>
        <translation>Die Liste der Anwendungen und Kalender wird aktualisiert…</translation>
    </message>
    <message>
        <source>Upgrading the list</source>
        <translation>Liste wird aktualisiert</translation>
    </message>
    <message>
        <source>Upgrading the list of applications and calendars to version %1, building its indexes (%2 of %3)…</source>
        <extracomment>%1 is the schema version being made, %2 and %3 the step&apos;s statement and how many it has.</extracomment>
        <translation>Die Liste der Anwendungen und Kalender wird auf Version %1 aktualisiert, ihre Indizes werden erstellt (%2 von %3)…</translation>
    </message>
</context>
<context>
    <name>RenameAccountDialog</name>
    <message>
        <source>Rename Account</source>
        <translation>Konto umbenennen</translation>
    </message>
    <message>
        <source>The new name of the account “%1”. Its key and its applications stay with it.</source>
        <translation>Der neue Name des Kontos „%1“. Sein Schlüssel und seine Anwendungen bleiben bei ihm.</translation>
    </message>
    <message>
        <source>New account name</source>
        <translation>Neuer Kontoname</translation>
    </message>
    <message>
        <source>New &amp;name:</source>
        <translation>Neuer &amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <source>Rename the account</source>
        <translation>Das Konto umbenennen</translation>
    </message>
    <message>
        <source>Renaming the account…</source>
        <translation>Das Konto wird umbenannt…</translation>
    </message>
</context>
<context>
    <name>ReplaceAccountKeyDialog</name>
    <message>
        <source>Replace Admin API Key</source>
        <translation>Admin-API-Schlüssel ersetzen</translation>
    </message>
    <message>
        <source>Paste the new admin API key of the account “%1”. In the Cronofy dashboard, open Admin API to find it.</source>
        <translation>Fügen Sie den neuen Admin-API-Schlüssel des Kontos „%1“ ein. Sie finden ihn im Cronofy-Dashboard unter Admin API.</translation>
    </message>
    <message>
        <source>New admin API key</source>
        <translation>Neuer Admin-API-Schlüssel</translation>
    </message>
    <message>
        <source>New admin API &amp;key:</source>
        <translation>Neuer Admin-API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>Kept in this computer&apos;s keychain, never in a file.</source>
        <translation>Wird im Schlüsselbund dieses Computers aufbewahrt, nie in einer Datei.</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Ersetzen</translation>
    </message>
    <message>
        <source>Replace the admin API key</source>
        <translation>Den Admin-API-Schlüssel ersetzen</translation>
    </message>
    <message>
        <source>Storing the key in the keychain…</source>
        <translation>Der Schlüssel wird im Schlüsselbund gespeichert…</translation>
    </message>
</context>
<context>
    <name>ReplaceSecretDialog</name>
    <message>
        <source>Replace Client Secret</source>
        <translation>Client-Secret ersetzen</translation>
    </message>
    <message>
        <source>Paste the new client secret of &quot;%1&quot; (%2). Use this after you made a new secret in the Cronofy dashboard; the old one stops working there.</source>
        <translation>Fügen Sie das neue Client-Secret von „%1“ (%2) ein. Verwenden Sie dies, nachdem Sie im Cronofy-Dashboard ein neues Secret erzeugt haben; das alte funktioniert dort dann nicht mehr.</translation>
    </message>
    <message>
        <source>New client &amp;secret:</source>
        <translation>Neues Client-&amp;Secret:</translation>
    </message>
    <message>
        <source>Kept in this computer&apos;s keychain, never in a file.</source>
        <translation>Wird im Schlüsselbund dieses Computers aufbewahrt, nie in einer Datei.</translation>
    </message>
    <message>
        <source>New client secret</source>
        <translation>Neues Client-Secret</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Ersetzen</translation>
    </message>
    <message>
        <source>Replace the client secret</source>
        <translation>Das Client-Secret ersetzen</translation>
    </message>
    <message>
        <source>Storing the secret in the keychain…</source>
        <translation>Secret wird im Schlüsselbund gespeichert…</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <source>Working</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation type="vanished">&amp;Anhalten</translation>
    </message>
    <message>
        <source>Stop the request (Esc)</source>
        <translation>Die Anfrage anhalten (Esc)</translation>
    </message>
</context>
<context>
    <name>SecretError</name>
    <message>
        <source>This secret is not in your keychain. Enter it again; another program may have removed it from the keychain.</source>
        <translation>Dieses Secret ist nicht in Ihrem Schlüsselbund. Geben Sie es erneut ein; möglicherweise hat ein anderes Programm es aus dem Schlüsselbund entfernt.</translation>
    </message>
    <message>
        <source>Cronofy Console could not reach your keychain. Start your desktop&apos;s keyring (GNOME Keyring or KWallet), then try again.</source>
        <translation>Cronofy Console konnte Ihren Schlüsselbund nicht erreichen. Starten Sie den Schlüsselbunddienst Ihres Desktops (GNOME Keyring oder KWallet) und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Your keychain is locked or refused access. Unlock your desktop&apos;s keyring (it may still be locked after login), then try again.</source>
        <translation>Ihr Schlüsselbund ist gesperrt oder hat den Zugriff verweigert. Entsperren Sie den Schlüsselbund Ihres Desktops (er kann nach der Anmeldung noch gesperrt sein) und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Cronofy Console could not use your keychain. Try again; if it keeps failing, restart your desktop&apos;s keyring.</source>
        <translation>Cronofy Console konnte Ihren Schlüsselbund nicht verwenden. Versuchen Sie es erneut; wenn es weiterhin fehlschlägt, starten Sie den Schlüsselbunddienst Ihres Desktops neu.</translation>
    </message>
    <message>
        <source>Cronofy Console could not use your keychain (the keychain said: %1). Try again; if it keeps failing, restart your desktop&apos;s keyring.</source>
        <translation>Cronofy Console konnte Ihren Schlüsselbund nicht verwenden (Meldung des Schlüsselbunds: %1). Versuchen Sie es erneut; wenn es weiterhin fehlschlägt, starten Sie den Schlüsselbunddienst Ihres Desktops neu.</translation>
    </message>
</context>
<context>
    <name>SecretLineEdit</name>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Hide the secret (Ctrl+R)</source>
        <translation>Das Secret verbergen (Strg+R)</translation>
    </message>
    <message>
        <source>Show the secret (Ctrl+R)</source>
        <translation>Das Secret anzeigen (Strg+R)</translation>
    </message>
    <message>
        <source>Hide the secret</source>
        <translation>Das Secret verbergen</translation>
    </message>
    <message>
        <source>Show the secret</source>
        <translation>Das Secret anzeigen</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>&amp;Use This Address</source>
        <translation>Diese Adresse &amp;verwenden</translation>
    </message>
    <message>
        <source>&amp;Save Key</source>
        <translation type="vanished">Schlüssel &amp;speichern</translation>
    </message>
    <message>
        <source>Sa&amp;ve Key</source>
        <translation>Schlüssel spei&amp;chern</translation>
    </message>
    <message>
        <source>Re&amp;move Key</source>
        <translation>Schlüssel entfer&amp;nen</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>&amp;Data center:</source>
        <translation>&amp;Rechenzentrum:</translation>
    </message>
    <message>
        <source>Use this base URL</source>
        <translation>Diese Basis-URL verwenden</translation>
    </message>
    <message>
        <source>New applications are created in this data center. Applications already in the list keep their own.</source>
        <translation>Neue Anwendungen werden in diesem Rechenzentrum erstellt. Anwendungen, die bereits in der Liste stehen, behalten ihr eigenes.</translation>
    </message>
    <message>
        <source>Admin API key</source>
        <translation>Admin-API-Schlüssel</translation>
    </message>
    <message>
        <source>Paste a new key here</source>
        <translation>Neuen Schlüssel hier einfügen</translation>
    </message>
    <message>
        <source>New &amp;key:</source>
        <translation>Neuer &amp;Schlüssel:</translation>
    </message>
    <message>
        <source>Save the admin API key</source>
        <translation>Den Admin-API-Schlüssel speichern</translation>
    </message>
    <message>
        <source>Remove the admin API key</source>
        <translation>Den Admin-API-Schlüssel entfernen</translation>
    </message>
    <message>
        <source>In the Cronofy dashboard, open Admin API to find the key. Cronofy has no way to test an admin API key on its own: if it is wrong, creating an application says so.</source>
        <translation>Den Schlüssel finden Sie im Cronofy-Dashboard unter „Admin API“. Cronofy bietet keine Möglichkeit, einen Admin-API-Schlüssel für sich allein zu testen: Ist er falsch, meldet das Erstellen einer Anwendung dies.</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Request timeout in seconds</source>
        <translation>Zeitlimit für Anfragen in Sekunden</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>&amp;Zeitlimit:</translation>
    </message>
    <message>
        <source>How long to wait for Cronofy before giving up on a request.</source>
        <translation>Wie lange auf Cronofy gewartet wird, bevor eine Anfrage aufgegeben wird.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>S&amp;prache:</translation>
    </message>
    <message>
        <source>Takes effect the next time Cronofy Console starts.</source>
        <translation type="vanished">Wird beim nächsten Start von Cronofy Console wirksam.</translation>
    </message>
    <message>
        <source>The language changes the next time you start Cronofy Console.</source>
        <translation type="vanished">Die Sprache ändert sich beim nächsten Start von Cronofy Console.</translation>
    </message>
    <message>
        <source>New applications are now created in %1.</source>
        <translation>Neue Anwendungen werden jetzt in %1 erstellt.</translation>
    </message>
    <message>
        <source>The offline sandbox makes its own key. Nothing is sent to Cronofy.</source>
        <translation>Die Offline-Sandbox erzeugt ihren eigenen Schlüssel. Es wird nichts an Cronofy gesendet.</translation>
    </message>
    <message>
        <source>Choose a data center first.</source>
        <translation>Wählen Sie zuerst ein Rechenzentrum.</translation>
    </message>
    <message>
        <source>Checking the keychain…</source>
        <translation>Schlüsselbund wird geprüft…</translation>
    </message>
    <message>
        <source>An admin API key for %1 is stored in this computer&apos;s keychain.</source>
        <translation>Ein Admin-API-Schlüssel für %1 ist im Schlüsselbund dieses Computers gespeichert.</translation>
    </message>
    <message>
        <source>No admin API key is stored for %1 yet. Paste it below.</source>
        <translation>Für %1 ist noch kein Admin-API-Schlüssel gespeichert. Fügen Sie ihn unten ein.</translation>
    </message>
    <message>
        <source>Re&amp;place Key</source>
        <translation>Schlüssel erse&amp;tzen</translation>
    </message>
    <message>
        <source>Replace &amp;Key</source>
        <translation type="vanished">Schlüssel &amp;ersetzen</translation>
    </message>
    <message>
        <source>The admin API key for %1 is stored in the keychain.</source>
        <translation>Der Admin-API-Schlüssel für %1 ist im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>The admin API key for %1 was removed from the keychain.</source>
        <translation>Der Admin-API-Schlüssel für %1 wurde aus dem Schlüsselbund entfernt.</translation>
    </message>
    <message>
        <source>Cronofy Console shows the new language when it starts again.</source>
        <translation>Cronofy Console zeigt die neue Sprache nach einem Neustart.</translation>
    </message>
    <message>
        <source>&amp;Restart Now</source>
        <translation>&amp;Jetzt neu starten</translation>
    </message>
    <message>
        <source>Restart Cronofy Console now</source>
        <translation>Cronofy Console jetzt neu starten</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>Each account is the admin API key of one Cronofy organizational unit. New applications are created with the account chosen in the Create Application dialog.</source>
        <translation>Jedes Konto ist der Admin-API-Schlüssel einer Cronofy-Organisationseinheit. Neue Anwendungen werden mit dem Konto erstellt, das im Dialog „Anwendung erstellen“ gewählt ist.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Data center</source>
        <translation>Rechenzentrum</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation>Ein Konto hinzufügen</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <source>Rename the account</source>
        <translation>Das Konto umbenennen</translation>
    </message>
    <message>
        <source>Replace Key…</source>
        <translation>Schlüssel ersetzen…</translation>
    </message>
    <message>
        <source>Replace the account&apos;s admin API key</source>
        <translation>Den Admin-API-Schlüssel des Kontos ersetzen</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Entfernen…</translation>
    </message>
    <message>
        <source>Remove the account</source>
        <translation>Das Konto entfernen</translation>
    </message>
    <message>
        <source>In the keychain</source>
        <translation>Im Schlüsselbund</translation>
    </message>
    <message>
        <source>No key in the keychain</source>
        <translation>Kein Schlüssel im Schlüsselbund</translation>
    </message>
    <message>
        <source>The account “%1” is added; its key is in the keychain.</source>
        <translation>Das Konto „%1“ ist hinzugefügt; sein Schlüssel ist im Schlüsselbund.</translation>
    </message>
    <message>
        <source>The account “%1” is now named “%2”.</source>
        <translation>Das Konto „%1“ heißt jetzt „%2“.</translation>
    </message>
    <message>
        <source>The admin API key of the account “%1” is replaced.</source>
        <translation>Der Admin-API-Schlüssel des Kontos „%1“ ist ersetzt.</translation>
    </message>
    <message>
        <source>Remove Account</source>
        <translation>Konto entfernen</translation>
    </message>
    <message>
        <source>Remove the account “%1”?</source>
        <extracomment>%1 is the account&apos;s name.</extracomment>
        <translation>Das Konto „%1“ entfernen?</translation>
    </message>
    <message>
        <source>Its admin API key is removed from this computer&apos;s keychain. The applications created with it stay listed, marked as of a removed account.</source>
        <translation>Sein Admin-API-Schlüssel wird aus dem Schlüsselbund dieses Computers entfernt. Die damit erstellten Anwendungen bleiben in der Liste, als Anwendungen eines entfernten Kontos gekennzeichnet.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Keep the account</source>
        <translation>Das Konto behalten</translation>
    </message>
    <message>
        <source>The account “%1” is removed. Its applications stay listed.</source>
        <translation>Das Konto „%1“ ist entfernt. Seine Anwendungen bleiben in der Liste.</translation>
    </message>
</context>
<context>
    <name>SharedListBox</name>
    <message>
        <source>Shared list</source>
        <translation>Gemeinsame Liste</translation>
    </message>
    <message>
        <source>Also cop&amp;y this computer&apos;s own list into it</source>
        <translation>Auch die eigene Liste dieses Computers hineinkop&amp;ieren</translation>
    </message>
    <message>
        <source>Co&amp;nnect</source>
        <translation>Ver&amp;binden</translation>
    </message>
    <message>
        <source>Use This Computer&apos;s &amp;Own List</source>
        <translation>Eigene &amp;Liste dieses Computers verwenden</translation>
    </message>
    <message>
        <source>Address of the shared list</source>
        <translation>Adresse der gemeinsamen Liste</translation>
    </message>
    <message>
        <source>Database password</source>
        <translation>Datenbankpasswort</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>Applications, calendars and activity the shared list does not have yet are added; rows it has are left as they are.</source>
        <translation>Anwendungen, Kalender und Aktivität, die die gemeinsame Liste noch nicht hat, werden hinzugefügt; vorhandene Zeilen bleiben unverändert.</translation>
    </message>
    <message>
        <source>Connect to the shared list</source>
        <translation>Mit der gemeinsamen Liste verbinden</translation>
    </message>
    <message>
        <source>Go back to this computer&apos;s own list</source>
        <translation>Zur eigenen Liste dieses Computers zurückkehren</translation>
    </message>
    <message>
        <source>A team&apos;s list on a PostgreSQL server, which several admins use at once. Secrets stay in each admin&apos;s own keychain; the password is kept in yours.</source>
        <translation>Die Liste eines Teams auf einem PostgreSQL-Server, die mehrere Administratoren gleichzeitig nutzen. Secrets bleiben im eigenen Schlüsselbund jedes Administrators; das Passwort wird in Ihrem aufbewahrt.</translation>
    </message>
    <message>
        <source>This computer&apos;s own list: %1</source>
        <translation>Eigene Liste dieses Computers: %1</translation>
    </message>
    <message>
        <source>The shared list %1: connected.</source>
        <translation>Die gemeinsame Liste %1: verbunden.</translation>
    </message>
    <message>
        <source>The shared list %1: connecting…</source>
        <translation>Die gemeinsame Liste %1: wird verbunden…</translation>
    </message>
    <message>
        <source>The shared list %1: not connected. %2</source>
        <translation>Die gemeinsame Liste %1: nicht verbunden. %2</translation>
    </message>
    <message>
        <source>Enter the database password of %1.</source>
        <translation>Geben Sie das Datenbankpasswort von %1 ein.</translation>
    </message>
    <message>
        <source>Connecting to %1 and copying this computer&apos;s own list…</source>
        <translation>Verbindung mit %1 wird hergestellt und die eigene Liste dieses Computers kopiert…</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung mit %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>Mit %1 verbunden.</translation>
    </message>
    <message>
        <source>Add&amp;ress:</source>
        <translation type="vanished">A&amp;dresse:</translation>
    </message>
    <message>
        <source>%1 applications, %2 calendars and %3 activity entries of this computer&apos;s own list were added.</source>
        <translation>%1 Anwendungen, %2 Kalender und %3 Aktivitätseinträge der eigenen Liste dieses Computers wurden hinzugefügt.</translation>
    </message>
    <message>
        <source>Nothing was changed: this computer still works on the list it used before.</source>
        <translation>Es wurde nichts geändert: Dieser Computer arbeitet weiter mit der bisherigen Liste.</translation>
    </message>
    <message>
        <source>Also copy this computer&apos;s own list into the shared list</source>
        <translation>Auch die eigene Liste dieses Computers in die gemeinsame Liste kopieren</translation>
    </message>
    <message>
        <source>Addr&amp;ess:</source>
        <translation>&amp;URL der Liste:</translation>
    </message>
</context>
<context>
    <name>SharedListLink</name>
    <message>
        <source>The password of the shared list %1 could not be read from your keychain: %2 Connect again in Settings.</source>
        <translation>Das Passwort der gemeinsamen Liste %1 konnte nicht aus Ihrem Schlüsselbund gelesen werden: %2 Verbinden Sie sich in den Einstellungen erneut.</translation>
    </message>
    <message numerus="yes">
        <source>%1 The list stays empty and read-only until then; Cronofy Console tries again every %n second(s).</source>
        <translation>
            <numerusform>%1 Bis dahin bleibt die Liste leer und schreibgeschützt; Cronofy Console versucht es jede Sekunde erneut.</numerusform>
            <numerusform>%1 Bis dahin bleibt die Liste leer und schreibgeschützt; Cronofy Console versucht es alle %n Sekunden erneut.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SharedListStatus</name>
    <message>
        <source>Shared list</source>
        <translation>Gemeinsame Liste</translation>
    </message>
    <message>
        <source>Shared list %1: connected</source>
        <translation>Gemeinsame Liste %1: verbunden</translation>
    </message>
    <message>
        <source>Shared list %1: connecting…</source>
        <translation>Gemeinsame Liste %1: wird verbunden…</translation>
    </message>
    <message>
        <source>Shared list %1: not reachable, read-only</source>
        <translation>Gemeinsame Liste %1: nicht erreichbar, schreibgeschützt</translation>
    </message>
    <message>
        <source>Shared list %1: not connected, read-only</source>
        <translation>Gemeinsame Liste %1: nicht verbunden, schreibgeschützt</translation>
    </message>
</context>
<context>
    <name>StreamedExport</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
</context>
<context>
    <name>SubmitVerificationDialog</name>
    <message>
        <source>Submit for Verification</source>
        <translation>Zur Verifizierung einreichen</translation>
    </message>
    <message>
        <source>Cronofy checks &quot;%1&quot; before people outside your organisation can connect to it. Tell Cronofy where people return after connecting and whom to contact.</source>
        <translation>Cronofy prüft „%1“, bevor sich Personen außerhalb Ihrer Organisation damit verbinden können. Teilen Sie Cronofy mit, wohin Personen nach dem Verbinden zurückkehren und wen Cronofy kontaktieren soll.</translation>
    </message>
    <message>
        <source>https://www.example.com/auth/callback</source>
        <translation>https://www.example.com/auth/callback</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>&amp;Redirect addresses:</source>
        <translation>&amp;Weiterleitungsadressen:</translation>
    </message>
    <message>
        <source>One per line.</source>
        <translation>Eine pro Zeile.</translation>
    </message>
    <message>
        <source>Contact &amp;email:</source>
        <translation>Kontakt-&amp;E-Mail:</translation>
    </message>
    <message>
        <source>Contact &amp;name (optional):</source>
        <translation>Kontakt&amp;name (optional):</translation>
    </message>
    <message>
        <source>Redirect addresses, one per line</source>
        <translation>Weiterleitungsadressen, eine pro Zeile</translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation>Kontakt-E-Mail</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>Kontaktname</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>Ein&amp;reichen</translation>
    </message>
    <message>
        <source>Submit for verification</source>
        <translation>Zur Verifizierung einreichen</translation>
    </message>
    <message>
        <source>Stopped. Submit again when you are ready.</source>
        <translation>Angehalten. Reichen Sie erneut ein, wenn Sie so weit sind.</translation>
    </message>
    <message>
        <source>Submitting to Cronofy…</source>
        <translation>Wird an Cronofy übermittelt…</translation>
    </message>
</context>
<context>
    <name>TableExport</name>
    <message>
        <source>Writing failed (%1).</source>
        <translation>Das Schreiben ist fehlgeschlagen (%1).</translation>
    </message>
</context>
<context>
    <name>VerificationDialog</name>
    <message>
        <source>Cronofy did not say that its authorization is active. Provision it again to renew it.</source>
        <translation>Cronofy hat nicht bestätigt, dass seine Autorisierung aktiv ist. Stellen Sie ihn erneut bereit, um sie zu erneuern.</translation>
    </message>
    <message>
        <source>Cronofy reports its authorization as “%1” instead of active. Provision it again to renew it.</source>
        <translation>Cronofy meldet seine Autorisierung als „%1“ statt aktiv. Stellen Sie ihn erneut bereit, um sie zu erneuern.</translation>
    </message>
    <message>
        <source>Cronofy lists no calendar for it. Provision it again; if that does not help, contact Cronofy support.</source>
        <translation>Cronofy führt dafür keinen Kalender auf. Stellen Sie ihn erneut bereit; wenn das nicht hilft, wenden Sie sich an den Cronofy-Support.</translation>
    </message>
    <message>
        <source>Its calendar is read-only, so events cannot be added to it.</source>
        <translation>Sein Kalender ist schreibgeschützt, daher können keine Termine hinzugefügt werden.</translation>
    </message>
    <message numerus="yes">
        <source>Cronofy lists %n writable main calendar(s) for it; an application calendar has exactly one.</source>
        <translation>
            <numerusform>Cronofy führt dafür %n beschreibbaren Hauptkalender auf; ein Anwendungskalender hat genau einen.</numerusform>
            <numerusform>Cronofy führt dafür %n beschreibbare Hauptkalender auf; ein Anwendungskalender hat genau einen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cronofy&apos;s answer does not look like a working application calendar.</source>
        <translation>Die Antwort von Cronofy sieht nicht nach einem funktionierenden Anwendungskalender aus.</translation>
    </message>
    <message>
        <source>Verification of “%1”</source>
        <translation>Prüfung von „%1“</translation>
    </message>
    <message>
        <source>“%1” is healthy: its authorization is active and it has one calendar that events can be added to.</source>
        <translation>„%1“ funktioniert: Seine Autorisierung ist aktiv, und er hat einen Kalender, dem Termine hinzugefügt werden können.</translation>
    </message>
    <message>
        <source>“%1” is not healthy. %2</source>
        <extracomment>%1 is the calendar ID, %2 one or more sentences that say what is wrong and what to do.</extracomment>
        <translation>„%1“ funktioniert nicht. %2</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(nicht angegeben)</translation>
    </message>
    <message>
        <source>Sub:</source>
        <translation>Sub:</translation>
    </message>
    <message>
        <source>Authorization:</source>
        <translation>Autorisierung:</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Access:</source>
        <translation>Zugriff:</translation>
    </message>
    <message>
        <source>Read and write</source>
        <translation>Lesen und Schreiben</translation>
    </message>
    <message>
        <source>Connected profiles:</source>
        <translation>Verbundene Profile:</translation>
    </message>
    <message numerus="yes">
        <source>%n profile(s)</source>
        <translation>
            <numerusform>%n Profil</numerusform>
            <numerusform>%n Profile</numerusform>
        </translation>
    </message>
    <message>
        <source>Calendars Cronofy lists</source>
        <translation>Von Cronofy aufgeführte Kalender</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>Can add events</source>
        <translation>Termine hinzufügbar</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Calendars Cronofy lists for it:</source>
        <translation>Von Cronofy dafür aufgeführte Kalender:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>&amp;Try it offline</source>
        <translation>Offline &amp;ausprobieren</translation>
    </message>
    <message>
        <source>Welcome to Cronofy Console</source>
        <translation>Willkommen bei Cronofy Console</translation>
    </message>
    <message>
        <source>Cronofy Console creates Cronofy applications and calendars for your organisation, and keeps their secrets safe in this computer&apos;s keychain.</source>
        <translation>Cronofy Console erstellt Cronofy-Anwendungen und -Kalender für Ihre Organisation und bewahrt ihre Secrets sicher im Schlüsselbund dieses Computers auf.</translation>
    </message>
    <message>
        <source>Connect to your Cronofy account</source>
        <translation>Mit Ihrem Cronofy-Konto verbinden</translation>
    </message>
    <message>
        <source>&amp;Data center:</source>
        <translation>&amp;Rechenzentrum:</translation>
    </message>
    <message>
        <source>Admin API key</source>
        <translation>Admin-API-Schlüssel</translation>
    </message>
    <message>
        <source>Paste the key here</source>
        <translation>Schlüssel hier einfügen</translation>
    </message>
    <message>
        <source>Admin API &amp;key:</source>
        <translation>Admin-API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>In the Cronofy dashboard, open Admin API and copy the key. It is kept in this computer&apos;s keychain, never in a file.</source>
        <translation type="vanished">Öffnen Sie im Cronofy-Dashboard „Admin API“ und kopieren Sie den Schlüssel. Er wird im Schlüsselbund dieses Computers aufbewahrt, nie in einer Datei.</translation>
    </message>
    <message>
        <source>Cronofy has no way to test an admin API key on its own. If the key is wrong, creating your first application says so.</source>
        <translation>Cronofy bietet keine Möglichkeit, einen Admin-API-Schlüssel für sich allein zu testen. Ist der Schlüssel falsch, meldet das Erstellen Ihrer ersten Anwendung dies.</translation>
    </message>
    <message>
        <source>Connect to Cronofy</source>
        <translation>Mit Cronofy verbinden</translation>
    </message>
    <message>
        <source>Or try it first</source>
        <translation>Oder zuerst ausprobieren</translation>
    </message>
    <message>
        <source>Try everything with a sandbox built into Cronofy Console. Nothing is sent to Cronofy, and you can connect your account later in Settings.</source>
        <translation>Probieren Sie alles mit einer in Cronofy Console eingebauten Sandbox aus. Es wird nichts an Cronofy gesendet, und Sie können Ihr Konto später in den Einstellungen verbinden.</translation>
    </message>
    <message>
        <source>Try it offline</source>
        <translation>Offline ausprobieren</translation>
    </message>
    <message>
        <source>Storing the admin API key in the keychain…</source>
        <translation>Admin-API-Schlüssel wird im Schlüsselbund gespeichert…</translation>
    </message>
    <message>
        <source>Starting the offline sandbox…</source>
        <translation>Offline-Sandbox wird gestartet…</translation>
    </message>
    <message>
        <source>In the Cronofy dashboard, open Admin API and copy the key. It is kept in this computer&apos;s keychain, never in a file. Cronofy cannot check a key on its own, so Connect does not: the key is checked by your first request, when you create an application, and if it is wrong you can enter it again there.</source>
        <translation>Öffnen Sie im Cronofy-Dashboard „Admin API“ und kopieren Sie den Schlüssel. Er wird im Schlüsselbund dieses Computers aufbewahrt, nie in einer Datei. Cronofy kann einen Schlüssel nicht für sich allein prüfen, daher prüft „Verbinden“ ihn nicht: Geprüft wird er bei Ihrer ersten Anfrage, wenn Sie eine Anwendung anlegen, und ist er falsch, können Sie ihn dort erneut eingeben.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Creates Cronofy applications and application calendars.</source>
        <translation>Erstellt Cronofy-Anwendungen und Anwendungskalender.</translation>
    </message>
    <message>
        <source>Print the version.</source>
        <translation>Die Version ausgeben.</translation>
    </message>
    <message>
        <source>Quit as soon as the window is idle and print start-up figures.</source>
        <translation>Beenden, sobald das Fenster im Leerlauf ist, und Startzahlen ausgeben.</translation>
    </message>
    <message>
        <source>Render the main screens with the offline sandbox into &lt;dir&gt;.</source>
        <translation>Die Hauptansichten mit der Offline-Sandbox nach &lt;dir&gt; rendern.</translation>
    </message>
    <message>
        <source>Cronofy Console is already running: its window was brought to the front.</source>
        <translation>Cronofy Console läuft bereits: Sein Fenster wurde in den Vordergrund geholt.</translation>
    </message>
</context>
</TS>
