<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ActivityExport</name>
    <message>
        <source>The activity log could not be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activity log could not be read to the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activity could not be exported to %1 (%2). Nothing was written there. Choose another folder or free some space, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityModel</name>
    <message numerus="yes">
        <source>%1 (%n failed)</source>
        <translation>
            <numerusform>%1 (%n failed)</numerusform>
            <numerusform>%1 (%n failed)</numerusform>
        </translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar or sub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityPage</name>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by action, calendar, sub, application or message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows only the operations whose action, calendar, sub, application, account or message contains the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searc&amp;h:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show operations with outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show operations of application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App&amp;lication:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sho&amp;w failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the failures of the selected bulk run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the calendars that failed in the selected bulk run (Enter or double-click)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back to all operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to all operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave this run&apos;s failures and list every operation again (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport shown as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the operations shown as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the operations the list shows now (after search and filters; a bulk run with its failures) as a CSV file for spreadsheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export shown as &amp;JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the operations shown as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the operations the list shows now (after search and filters; a bulk run with its failures) as a JSON file for programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Showing %n operation(s)</source>
        <translation>
            <numerusform>Showing %n operation</numerusform>
            <numerusform>Showing %n operations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing more than %n operation(s)…</source>
        <translation>
            <numerusform>Showing more than %n operation…</numerusform>
            <numerusform>Showing more than %n operations…</numerusform>
        </translation>
    </message>
    <message>
        <source>The calendars that failed in this bulk run:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Activity as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Activity as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the activity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled. Nothing was written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %n operation(s) to %1.</source>
        <translation>
            <numerusform>Saved %n operation to %1.</numerusform>
            <numerusform>Saved %n operations to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AddAccountDialog</name>
    <message>
        <source>Add Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An account is the admin API key of one Cronofy organizational unit. Give it a name you will recognize; the key is kept in this computer&apos;s keychain, never in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: Acme — customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Data center:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin API &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storing the key in the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home page URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect URIs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar to revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.</source>
        <extracomment>How the messages Cronofy gave for one form field are joined, e.g. &quot;Required; Too long&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cronofy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach Cronofy (%1): this computer seems to be offline, or the server&apos;s name cannot be found. Check the internet connection, and the base URL if you entered one, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 refused the connection. A firewall or proxy may be blocking it, or the service is restarting. Try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Cronofy began to answer but the answer arrived too slowly to finish within %n second(s). The request has probably arrived: check the Cronofy dashboard before trying again, so that nothing is created twice.</source>
        <translation>
            <numerusform>Cronofy began to answer but the answer arrived too slowly to finish within %n second. The request has probably arrived: check the Cronofy dashboard before trying again, so that nothing is created twice.</numerusform>
            <numerusform>Cronofy began to answer but the answer arrived too slowly to finish within %n seconds. The request has probably arrived: check the Cronofy dashboard before trying again, so that nothing is created twice.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cronofy began to answer but the answer arrived too slowly to finish within %n second(s). The connection is very slow or overloaded: try again later, or from another network.</source>
        <translation>
            <numerusform>Cronofy began to answer but the answer arrived too slowly to finish within %n second. The connection is very slow or overloaded: try again later, or from another network.</numerusform>
            <numerusform>Cronofy began to answer but the answer arrived too slowly to finish within %n seconds. The connection is very slow or overloaded: try again later, or from another network.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cronofy did not answer within %n second(s). The request may still have arrived: check the Cronofy dashboard before trying again, so that nothing is created twice.</source>
        <translation>
            <numerusform>Cronofy did not answer within %n second. The request may still have arrived: check the Cronofy dashboard before trying again, so that nothing is created twice.</numerusform>
            <numerusform>Cronofy did not answer within %n seconds. The request may still have arrived: check the Cronofy dashboard before trying again, so that nothing is created twice.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cronofy did not answer within %n second(s). Check the internet connection and try again; trying again is safe and returns the same calendar.</source>
        <translation>
            <numerusform>Cronofy did not answer within %n second. Check the internet connection and try again; trying again is safe and returns the same calendar.</numerusform>
            <numerusform>Cronofy did not answer within %n seconds. Check the internet connection and try again; trying again is safe and returns the same calendar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cronofy did not answer within %n second(s). Check the internet connection and try again.</source>
        <translation>
            <numerusform>Cronofy did not answer within %n second. Check the internet connection and try again.</numerusform>
            <numerusform>Cronofy did not answer within %n seconds. Check the internet connection and try again.</numerusform>
        </translation>
    </message>
    <message>
        <source>The request was cancelled. It may already have reached Cronofy: check the Cronofy dashboard before starting it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled. Nothing else will happen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be established: its certificate is not trusted, or it does not speak HTTPS. The console never ignores this, because keys would be exposed. Check the computer&apos;s date and time and any proxy or antivirus that inspects HTTPS; if you entered a base URL, check that it is right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tried to send the request on to another address. The console did not follow, so no key or secret went there. Check the data center or base URL in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer from %1 was larger than %2 and was refused. Cronofy&apos;s answers are much smaller, so the base URL probably points at something else: check it in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 broke off before the answer was complete. Check the internet connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cronofy&apos;s answer is missing &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Cronofy&apos;s answer, &quot;%1&quot; is not what the Cronofy documentation describes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cronofy&apos;s answer is data, but not in the documented shape.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cronofy&apos;s answer could not be read (it is not JSON data).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The application may have been created anyway: check the Cronofy dashboard before trying again. If this keeps happening, check the data center or base URL in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The base URL may point at something other than Cronofy&apos;s API, or a proxy changed the answer: check the data center or base URL in Settings, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Cronofy is temporarily unavailable (HTTP 503). Wait %n second(s) and try again.</source>
        <translation>
            <numerusform>Cronofy is temporarily unavailable (HTTP 503). Wait %n second and try again.</numerusform>
            <numerusform>Cronofy is temporarily unavailable (HTTP 503). Wait %n seconds and try again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cronofy is temporarily unavailable, probably for maintenance (HTTP 503). Try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A gateway in front of Cronofy got no good answer from it (HTTP %1). Cronofy or the network is having trouble; try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cronofy is having trouble (HTTP %1). This is not caused by what you entered; try again in a few minutes, and check status.cronofy.com if it keeps happening.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar&apos;s refresh token is no longer valid (it was revoked or replaced). Provision the calendar again to get fresh tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cronofy did not accept the application&apos;s client ID and client secret. The secret may have been replaced in the Cronofy dashboard: enter the current one for this application, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cronofy refused the request as invalid (%1). Check what you entered and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cronofy refused the request as invalid (HTTP 400). Check what you entered and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cronofy refused the admin API key. Check that the key belongs to this data center (%1) and has not been revoked in the Cronofy dashboard, then enter it again in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cronofy refused the application&apos;s client secret. It may have been replaced in the Cronofy dashboard: copy the current secret from there and replace it in the console, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cronofy refused the calendar&apos;s access token: it has expired or the calendar was revoked. Refresh the tokens, or provision the calendar again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your Cronofy plan does not include creating applications through the Admin API. Ask Cronofy support to enable it, or create the application in the Cronofy dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your Cronofy plan does not include application calendars. Upgrade the plan in the Cronofy dashboard, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your Cronofy plan does not include this feature (HTTP 402). Upgrade the plan in the Cronofy dashboard, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cronofy recognised the admin API key but it may not create applications here. Check in the Cronofy dashboard which organizational unit the key belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cronofy recognised the credentials but they are not allowed to do this (HTTP 403). Check the application&apos;s permissions in the Cronofy dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cronofy does not know this address (HTTP 404). Check the data center (%1), or the base URL if you entered one, in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cronofy gave up waiting for the request (HTTP 408). Check the internet connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cronofy did not accept what was sent (HTTP 422) but did not say which field. Check every field and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>One field of a 422 error: &quot;&lt;field label&gt;: &lt;Cronofy&apos;s descriptions&gt;&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cronofy did not accept some fields: %1. Correct them and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cronofy reports the account as locked (HTTP 423). Look for a notice about the account in the Cronofy dashboard, or contact Cronofy support, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cronofy reports this calendar&apos;s account as locked: it has no working connection to its calendar provider. Provision the calendar again; if that does not help, contact Cronofy support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Cronofy is limiting requests. Wait %n second(s) and try again.</source>
        <translation>
            <numerusform>Cronofy is limiting requests. Wait %n second and try again.</numerusform>
            <numerusform>Cronofy is limiting requests. Wait %n seconds and try again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cronofy is limiting requests because too many were sent in a short time. Wait a minute and try again, or send fewer at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cronofy refused the request (HTTP %1). Check what you entered and try again; if it keeps happening, send the details to whoever supports your Cronofy account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offline sandbox is not answering. Restart Cronofy Console to start it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is answering at %1. If it is a server on this computer, such as cronofy-sandbox, start it again; otherwise correct the base URL in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cronofy refused the admin API key of the account “%1” (%2). Check that the key belongs to this data center and has not been revoked in the Cronofy dashboard, then replace the key in Settings (or with &quot;cronofyctl account replace-key&quot;), or add the right account with &quot;cronofyctl account add&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cronofy recognised the admin API key of the account “%1” (%2) but it may not create applications here (HTTP 403). Check in the Cronofy dashboard which organizational unit and data center the key belongs to, then replace the key in Settings (or with &quot;cronofyctl account replace-key&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApplicationsModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (removed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApplicationsPage</name>
    <message>
        <source>Cr&amp;eate Application…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name or client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No applications yet.

Press Enter to create your first one with Create Application (Ctrl+N), or import one that was made in the Cronofy dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data center:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new Cronofy application (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Application…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an application made in the Cronofy dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit for &amp;Verification…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit for verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask Cronofy to verify the application, so people outside your organisation can use it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace Client Secret…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store a new client secret after you made one in the Cronofy dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cop&amp;y Client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected application&apos;s client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Calen&amp;dars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the application&apos;s calendars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the Calendars page with this application&apos;s calendars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Provision Calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provision a calendar for the application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a calendar for this application, or get an existing one back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bulk Provision…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provision many calendars for the application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provision many calendars of this application from a CSV or text file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an application to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not known for imported applications)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in this computer&apos;s keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT stored in the keychain. Calendars cannot be provisioned for this application until you store its secret with Replace Client Secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application was imported and its secret stored in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted. Cronofy will contact you by email about the verification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new client secret is stored in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the client ID %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the applications of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acc&amp;ount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none: imported from the dashboard)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (removed: its applications stay listed)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkProvisionDialog</name>
    <message>
        <source>Provision calendars from a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provision many application calendars of %1 at once. Choose a CSV file with a header row (the column application_calendar_id is used, or else the first column) or a text file with one ID per line. Calendars already provisioned are skipped, so you can start the same file again after an interruption.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File with calendar IDs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a path and press Enter, or choose a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines that will not be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provision &amp;again the calendars that are already provisioned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provision again the calendars that are already provisioned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendars that failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start provisioning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export failures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failures as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file with calendar IDs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV or text files (*.csv *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n calendar ID(s) in %1 (column &quot;%2&quot;).</source>
        <translation>
            <numerusform>%n calendar ID in %1 (column &quot;%2&quot;).</numerusform>
            <numerusform>%n calendar IDs in %1 (column &quot;%2&quot;).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n calendar ID(s) in %1, one per line.</source>
        <translation>
            <numerusform>%n calendar ID in %1, one per line.</numerusform>
            <numerusform>%n calendar IDs in %1, one per line.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate line(s) will be provisioned once.</source>
        <translation>
            <numerusform>%n duplicate line will be provisioned once.</numerusform>
            <numerusform>%n duplicate lines will be provisioned once.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid ID(s) will not be sent; correct them in the file and load it again if they are needed.</source>
        <translation>
            <numerusform>%n invalid ID will not be sent; correct it in the file and load it again if it is needed.</numerusform>
            <numerusform>%n invalid IDs will not be sent; correct them in the file and load it again if they are needed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n are already provisioned and will be skipped.</source>
        <translation>
            <numerusform>%n is already provisioned and will be skipped.</numerusform>
            <numerusform>%n are already provisioned and will be skipped.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is nothing to provision. Choose a file with one ID per line, or a CSV file with an application_calendar_id column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid IDs (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicates (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already provisioned (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped unless you choose to provision again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the client secret from the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop now without waiting for the answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Stopping: no new requests. Waiting for the answers to the %n request(s) already sent, so that what Cronofy did is saved.</source>
        <translation>
            <numerusform>Stopping: no new requests. Waiting for the answer to the %n request already sent, so that what Cronofy did is saved.</numerusform>
            <numerusform>Stopping: no new requests. Waiting for the answers to the %n requests already sent, so that what Cronofy did is saved.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1-failures.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The failures could not be written to %1 (%2). Choose another folder and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The failures were saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provision the &amp;revoked calendars again (you revoked them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provision the revoked calendars again</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n were revoked and will be skipped unless you tick the box below to provision them again.</source>
        <translation>
            <numerusform>%n was revoked and will be skipped unless you tick the box below to provision it again.</numerusform>
            <numerusform>%n were revoked and will be skipped unless you tick the box below to provision them again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoked (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You revoked it. Skipped unless you tick to provision the revoked calendars again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n invalid ID(s) in the file were not sent; the preview lists them with their lines.</source>
        <translation>
            <numerusform>%n invalid ID in the file was not sent; the preview lists it with its line.</numerusform>
            <numerusform>%n invalid IDs in the file were not sent; the preview lists them with their lines.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkProvisioner</name>
    <message>
        <source>%1 provisioned, %2 failed, %3 skipped, %4 not started.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkText</name>
    <message>
        <source>less than a second</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>about %n second(s)</source>
        <translation>
            <numerusform>about %n second</numerusform>
            <numerusform>about %n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>about %n minute</numerusform>
            <numerusform>about %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n hour(s)</source>
        <translation>
            <numerusform>about %n hour</numerusform>
            <numerusform>about %n hours</numerusform>
        </translation>
    </message>
    <message>
        <source>about %1 %2</source>
        <extracomment>%1 is &quot;1 hour&quot;/&quot;2 hours&quot;, %2 is &quot;5 minutes&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 done, %2 failed, %3 remaining, %4 already provisioned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 done, %2 failed, %3 remaining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for Cronofy&apos;s rate limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>estimating the time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 - %2 - %3</source>
        <extracomment>counts, then the rate, then the time left, e.g. &quot;120 done, 2 failed, 878 remaining - 8.3 per second - about 2 minutes left&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Cancelled. %n calendar(s) were provisioned before the cancel.</source>
        <translation>
            <numerusform>Cancelled. %n calendar was provisioned before the cancel.</numerusform>
            <numerusform>Cancelled. %n calendars were provisioned before the cancel.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n calendar(s): %1</source>
        <translation>
            <numerusform>Stopped after %n calendar: %1</numerusform>
            <numerusform>Stopped after %n calendars: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Provisioned %n calendar(s).</source>
        <translation>
            <numerusform>Provisioned %n calendar.</numerusform>
            <numerusform>Provisioned %n calendars.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed; the list below says why for each.</source>
        <translation>
            <numerusform>%n failed; the list below says why.</numerusform>
            <numerusform>%n failed; the list below says why for each.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n were already provisioned and were skipped.</source>
        <translation>
            <numerusform>%n was already provisioned and was skipped.</numerusform>
            <numerusform>%n were already provisioned and were skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n were not provisioned yet; run the same list again to continue where it stopped.</source>
        <translation>
            <numerusform>%n was not provisioned yet; run the same list again to continue where it stopped.</numerusform>
            <numerusform>%n were not provisioned yet; run the same list again to continue where it stopped.</numerusform>
        </translation>
    </message>
    <message>
        <source>It took %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 revoked (skipped)</source>
        <extracomment>follows &quot;120 done, 2 failed, 878 remaining&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <extracomment>%1 is a list of calendar IDs; %n how many more there are</extracomment>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n revoked calendar(s) skipped, since you revoked them: %1.</source>
        <extracomment>%1 names the calendars</extracomment>
        <translation>
            <numerusform>%n revoked calendar skipped, since you revoked it: %1.</numerusform>
            <numerusform>%n revoked calendars skipped, since you revoked them: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarDetailsPane</name>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a calendar in the list to see its details here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the calendar ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the sub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the profile ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provisioned:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provisioned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last seen working:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last seen working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last problem:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not provisioned yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read and write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected calendar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <source>The calendars could not be exported to %1 (%2). Nothing was written there. Choose another folder or free some space, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list could not be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list could not be read to the end.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarIdListReader</name>
    <message>
        <source>Listed already on line %1; it is provisioned once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quotation mark opened on line %1 is never closed, so the file cannot be read as CSV. Fix the quotes on that line and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This row has no calendar ID in the column &quot;%1&quot;. Add one, or delete the row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not UTF-8 text. Save it as &quot;CSV UTF-8&quot; or plain UTF-8 text and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; cannot be read (%2). Check its permissions and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file &quot;%1&quot;. Check the name and the folder and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is too large (%2 MB). Split it into files of at most %3 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; cannot be read (%2). Check it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarsModel</name>
    <message>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provisioned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarsPage</name>
    <message>
        <source>Calendars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by calendar ID, sub or profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search calendars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows only the calendars whose ID, sub or profile contains the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searc&amp;h:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show calendars of application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App&amp;lication:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show calendars with status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Provision calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provision a calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a calendar for an application, or get an existing one back (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bulk provision…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provision many calendars from a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provision many calendars of the application chosen in Application from a CSV or text file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the selected calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask Cronofy whether the selected calendar works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get fresh &amp;tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get fresh tokens for the selected calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy a new access token for the selected calendar to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke the selected calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the selected calendar&apos;s tokens from working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport shown as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the calendars shown as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the calendars the list shows now (after search and filters) as a CSV file for spreadsheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export shown as &amp;JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the calendars shown as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the calendars the list shows now (after search and filters) as a JSON file for programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Showing %n calendar(s)</source>
        <translation>
            <numerusform>Showing %n calendar</numerusform>
            <numerusform>Showing %n calendars</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %n calendar(s) of %1</source>
        <extracomment>%n is the number shown, %1 the number kept in all.</extracomment>
        <translation type="vanished">
            <numerusform>Showing %n calendar of %1</numerusform>
            <numerusform>Showing %n calendars of %1</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no application yet. Create or import one on the Applications page first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the application in the Application list first, then press Bulk provision again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not verify “%1”. %2</source>
        <extracomment>%1 is the calendar ID, %2 the sentence that says what happened and what to do.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is healthy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying with Cronofy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not get fresh tokens for “%1”. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Getting fresh tokens…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke the calendar “%1” of %2?</source>
        <extracomment>%1 is the calendar ID, %2 the application&apos;s name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its tokens stop working at once, and programs that use it lose access. This cannot be undone, except by provisioning the same calendar ID again, which gives it new tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke the calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep It</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not revoke “%1”. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is revoked. Provision it again if it is needed later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Export %n Calendar(s) as CSV</source>
        <translation>
            <numerusform>Export %n Calendar as CSV</numerusform>
            <numerusform>Export %n Calendars as CSV</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export %n Calendar(s) as JSON</source>
        <translation>
            <numerusform>Export %n Calendar as JSON</numerusform>
            <numerusform>Export %n Calendars as JSON</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1. %2</source>
        <extracomment>%1 is the file, %2 the reason and what to do.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %n calendar(s) to %1.</source>
        <translation>
            <numerusform>Saved %n calendar to %1.</numerusform>
            <numerusform>Saved %n calendars to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Showing more than %n calendar(s)…</source>
        <translation>
            <numerusform>Showing more than %n calendar…</numerusform>
            <numerusform>Showing more than %n calendars…</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting calendars…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled. Nothing was written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClearButton</name>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the field</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>The key is read from standard input, never from the command line. Remove &quot;%1&quot; and pipe the key in instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin API key for %1 (not shown): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The admin API key for %1 is stored in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an option of this command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No admin API key is stored for %1 any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application&apos;s name, shown to people when they connect a calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application&apos;s home page, e.g. https://example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also print the client secret (on the line after the client_id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WARNING: the client secret printed above was NOT stored in the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application was created and its secret is in the keychain, but it is not in the list. The client secret is printed above; add the application with &quot;cronofyctl app import&quot; once the problem is fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application&apos;s client_id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--client-id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client secret of %1 (not shown): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cronofy will not show it again. Save it now (for example in a password manager), then store it with: cronofyctl app import --data-center %1 --client-id %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application was already in the list; its new client secret is stored in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds an application made in the Cronofy dashboard. Its client secret is read from standard input and checked with Cronofy before it is stored in the keychain. If the application is already in the list, its client secret is replaced (after a rotation in the dashboard, or when the keychain could not store it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application %1 is in the list for the data center %2, not %3. Run the command again with --data-center %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the applications this computer created or imported. Never prints a secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a JSON array instead of a table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No applications yet. Create one with &quot;cronofyctl app create&quot; or add one with &quot;cronofyctl app import&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT STORED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLIENT_ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATA_CENTER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SECRET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ADDED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application&apos;s client_id (see &quot;cronofyctl app list&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which application with --app CLIENT_ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application %1 is not in the list. See &quot;cronofyctl app list&quot;, or add it with &quot;cronofyctl app import&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the IDs from this file (CSV with a header, or one ID per line).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests in flight at once, 1 to 64 (default 4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most N requests per second, e.g. 50/s (default 50; 0 = no limit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most N requests per minute (default 500; 0 = no limit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provision again the calendars that are already provisioned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar IDs to provision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--concurrency takes a whole number from 1 to 64.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--rate takes requests per second, e.g. 50/s (0 turns the limit off).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--per-minute takes a whole number of requests per minute, e.g. 500 (0 turns the limit off).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the calendar IDs either on the command line or with --csv, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the calendar IDs to provision, or a file with --csv FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: &quot;%3&quot;: %4</source>
        <extracomment>&quot;line 12: &quot;room-1&quot;: Listed already on line 3...&quot; / &quot;argument 2: ...&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nothing was sent: %n calendar ID(s) cannot be used. Correct or remove them and run the command again.</source>
        <translation>
            <numerusform>Nothing was sent: %n calendar ID cannot be used. Correct or remove it and run the command again.</numerusform>
            <numerusform>Nothing was sent: %n calendar IDs cannot be used. Correct or remove them and run the command again.</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no calendar IDs in %1. Put one ID per line, or use a CSV file with an application_calendar_id column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Stopping: no new requests; waiting for the %n in flight to finish. Press Ctrl-C again to quit at once (what is done is already saved).</source>
        <translation>
            <numerusform>Stopping: no new requests; waiting for the %n in flight to finish. Press Ctrl-C again to quit at once (what is done is already saved).</numerusform>
            <numerusform>Stopping: no new requests; waiting for the %n in flight to finish. Press Ctrl-C again to quit at once (what is done is already saved).</numerusform>
        </translation>
    </message>
    <message>
        <source>Interrupted: %1 done, %2 failed, %3 not started. Run the same command again to continue; calendars already provisioned are skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the application calendars in the list, of one application or of all. Never prints a token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print CSV with a header row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose either --json or --csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No calendars yet. Provision some with &quot;cronofyctl calendar provision&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>APPLICATION_CALENDAR_ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SUB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROVISIONED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LAST_ERROR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revokes application calendars by their sub (apc_...): their tokens stop working and the list marks them revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subs to revoke.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the sub of each calendar to revoke (see &quot;cronofyctl calendar list&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks an application calendar: gets fresh tokens (provisioning is idempotent), then asks Cronofy for its authorization and its calendars. Tokens are never printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application_calendar_id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give exactly one calendar ID to verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>application_calendar_id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authorization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>primary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FIELD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Healthy: the calendar is authorized and has one writable primary calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not healthy: Cronofy answered, but the calendar is not authorized or has no single writable primary calendar. Provision it again, or revoke it and provision a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of applications and calendars was damaged; it was moved to %1 and a new, empty one was started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Cronofy data center: us, au, ca, de, sg or uk, or a base URL such as http://127.0.0.1:8080 for a local sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which data center with --data-center (us, au, ca, de, sg or uk).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input is longer than 64 KB, which no Cronofy key is. Pass only the key on standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was typed. Paste the value and press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard input was empty. Pass the value on standard input, for example from a password manager: pass show cronofy | cronofyctl ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: cronofyctl %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;cronofyctl %1 --help&quot; to see how to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a cronofyctl command. Run &quot;cronofyctl --help&quot; to see the commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provisions application calendars, paced to Cronofy&apos;s limits per application (50 requests per second and 500 per minute unless changed). Each result is saved at once, so after an interruption the same command continues where it stopped: calendars already provisioned are skipped (unless --refresh). Calendars you revoked are skipped and named, unless --include-revoked is given. A CSV file needs a header row; the column application_calendar_id is used, or else the first column. A plain text file has one ID per line. Duplicates are provisioned once; if any ID is invalid nothing is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provision again the calendars that were revoked (skipped otherwise).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --include-revoked to provision them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>store a data center&apos;s admin API key (from stdin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove a data center&apos;s admin API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create an application; prints its client_id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add an application made in the dashboard, or replace the client secret of one in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>provision application calendars, paced and resumable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list application calendars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revoke application calendars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check an application calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the admin API key of a data center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cronofy applications and their client secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>application calendars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong command line or input; nothing was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cronofy or the network refused or failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain (or the local list of applications and calendars) could not be read or written; if a new client secret could not be stored, it is printed: save it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a bulk run finished but some calendars failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a bulk run was interrupted by Ctrl-C; what finished is saved, and the same command continues where it stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same, interrupted by SIGTERM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;cronofyctl %1 ACTION --help&quot; for the options of each action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: cronofyctl COMMAND [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cronofy Console on the command line: the same list of applications and calendars and the same keychain as the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DC is us, au, ca, de, sg or uk, or a base URL (https, or plain http on this computer only).
Secrets are read from standard input, never from the command line.
Run &quot;cronofyctl COMMAND ACTION --help&quot; for the options of each command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what cronofyctl %1 should do: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not something cronofyctl %2 can do; use one of: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of the shared list %1 could not be read from your keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;cronofyctl team connect %1&quot; again, or &quot;cronofyctl team disconnect&quot; to work on this computer&apos;s own list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was copied before stays; running the same command again copies the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied from %1: %2 applications, %3 calendars and %4 activity entries were added; %5 applications and %6 calendars were in the shared list already and were left as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Works on a team&apos;s shared list on PostgreSQL from now on, in cronofyctl and in the window. The database password is read from standard input (never from the command line) and kept in the keychain. The list&apos;s tables are created on the first connection. A server on another computer needs ?sslmode=verify-full (and &amp;sslrootcert=/path/to/ca.crt if your team&apos;s certificate authority is its own). --copy-local adds this computer&apos;s own list (applications, calendars, activity) to the shared one; rows already there are left as they are, so running it twice adds nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add this computer&apos;s own list to the shared one (nothing is duplicated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the shared list&apos;s address, for example postgresql://alice@db.example.com:5432/cronofy?sslmode=verify-full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give one address only; the password is read from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password of %1 (not shown): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed: this computer still works on the list it used before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: cronofyctl and the window now work on the shared list %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List: the shared list %1 (PostgreSQL %2, schema version %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database user: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database user: %1, writing as the team&apos;s role %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applications: %1, calendars: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search: indexed (pg_trgm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search: row by row (the server has no pg_trgm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Says which list cronofyctl and the window work on: this computer&apos;s own file, or a team&apos;s shared list on PostgreSQL, and whether the server answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List: this computer&apos;s own file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To share it with your team: cronofyctl team connect postgresql://USER@HOST:PORT/DATABASE --copy-local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List: the shared list %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered, but not to the list&apos;s questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goes back to this computer&apos;s own list file. The shared list and everything in it stay on the server; its password is removed from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cronofyctl and the window already work on this computer&apos;s own list (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cronofyctl and the window work on this computer&apos;s own list again (%1). The shared list %2 is unchanged on its server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its password could not be removed from your keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying the local list: %1 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>work on a team&apos;s shared list (PostgreSQL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>postgresql://USER@HOST:PORT/DATABASE, without a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>which list is in use, and whether its server answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>back to this computer&apos;s own list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a team&apos;s shared list on PostgreSQL, or this computer&apos;s own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the list to version %1 (%2 of %3)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would be provisioned (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked, would be provisioned again (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already provisioned, skipped (%1); --refresh provisions them again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked, skipped (%1); --include-revoked provisions them again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicates, provisioned once (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With invalid IDs a run sends nothing: correct or remove them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --dry-run or --refresh, not both: a dry run shows what a run without --refresh would do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--status takes active, revoked or failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No calendars with the status %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would be revoked (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already revoked (%1); Cronofy would be asked again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the list (%1); Cronofy would be asked to revoke them:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoking %1 calendars at once needs --yes, or run the command on a terminal to confirm. Nothing was revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoking cannot be undone. Type %1 to revoke %1 calendars: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print what would be done, calendar by calendar, and send nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the calendars with this status: active, revoked or failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke more than 10 calendars without asking to type their number (for scripts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give at least one --redirect-uri URI, for example https://example.com/auth/callback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --contact-email EMAIL: Cronofy answers there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted %1 for verification. Cronofy answers by email to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give exactly one calendar ID to get fresh tokens for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These tokens give access to the calendar: keep them out of logs, shell history and shared screens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>submit an application for verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submits an application to Cronofy for verification, which lifts the limits of an unverified application. Cronofy reviews it and answers by email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A redirect URI of the application (repeat for several).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where Cronofy sends its answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who to address (optional).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print fresh tokens of an application calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gets fresh tokens for an application calendar (provisioning is idempotent) and prints them as JSON on standard output, with Cronofy&apos;s field names. They are never kept in the list, the activity or a log; on a terminal a warning goes to standard error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the activity log: who did what, and what failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists every operation in the log, newest first: when, what, on what, the account, the outcome, the HTTP status and the message. A bulk run is one entry with its counts, followed by the calendars that failed in it. Never prints a secret or a token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the operations from this date or time on, e.g. 2026-12-01 (local midnight) or 2026-12-01T18:00:00Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the operations that failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the activity log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--since takes a date or a date and time in ISO-8601, such as 2026-12-01 or 2026-12-01T18:00:00Z; &quot;%1&quot; is neither.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WHEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CALENDAR_OR_SUB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACCOUNT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OUTCOME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MESSAGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No operations in the log match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the account&apos;s name (see &quot;cronofyctl account list&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the account&apos;s name and its new name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the account with --name NAME, for example its organizational unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin API key of %1 (not shown): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account “%1” (%2) is added; its admin API key is stored in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New admin API key of %1 (not shown): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new admin API key of the account “%1” is stored in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No accounts yet. Add one with &quot;cronofyctl account add --name NAME --data-center DC&quot; (the key on standard input).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MISSING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account “%1” is now named “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account “%1” and its admin API key are removed. The applications it created stay listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add an account: a named admin API key (from stdin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds an account: an admin API key of one organizational unit, under a name you choose (for example &quot;Acme - customer&quot; or &quot;Staging&quot;). The key is read from standard input (never from the command line) and stored in the keychain. Each data center may have several accounts; no two accounts share a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the accounts: name, data center and whether the keychain holds the key. Never prints a key. With --json, one document {&quot;accounts&quot;: [...]} whose entries have name, data_center, data_center_name, has_key, keychain_entry and last_used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON document instead of a table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rename an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renames an account. Its key moves to the keychain entry of the new name, and the applications it created are listed under the new name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account&apos;s name now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its new name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replace an account&apos;s admin API key (from stdin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaces the admin API key of an account, for example after Cronofy refused it or it was revoked in the dashboard. The key is read from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove an account and its key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes an account and its admin API key from the keychain. The applications it created stay in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stores the admin API key of the account named after a data center (added if needed) in the keychain. The key is read from standard input (never from the command line); on a terminal it is not shown while you type. Find it in the Cronofy dashboard under Admin API. For several keys in one data center, use &quot;cronofyctl account add&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes the admin API key of the account named after a data center from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates a Cronofy application with an account&apos;s admin API key (see &quot;cronofyctl account add&quot;) and prints its client_id. --data-center alone works when that data center has exactly one account. Its client_secret goes to the keychain; Cronofy shows it only once. If the keychain cannot store it, the secret is printed with a warning and the exit code is 3: save it at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account whose admin API key creates the application (see &quot;cronofyctl account list&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accounts: admin API keys, one per organizational unit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsoleSession</name>
    <message>
        <source>The list of applications and calendars was damaged. It was moved aside to %1 and a new, empty list was started. Nothing in Cronofy was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateApplicationDialog</name>
    <message>
        <source>Create Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application is created in the offline sandbox. Nothing is sent to Cronofy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application is created in your Cronofy account, in the %1 data center.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example: Meeting Room Booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://www.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People see this name when they connect their calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Web address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The home page of your application or organisation, such as www.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped. If Cronofy had already created the application, it still appears in the list with its secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the application…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin API &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the key here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Key and Retr&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the admin API key and create the application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No admin API key is stored for %1 yet. Paste it below and press Save Key and Retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose admin API key creates the application: the accounts are listed in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 You can also paste the right key below and press Save Key and Retry. What you typed above stays.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>The file is not UTF-8 text. Save it as &quot;CSV UTF-8&quot; from your spreadsheet, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 has a quote in the middle of a field. Put the whole field in quotes and double the quotes inside it (&quot;&quot;), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 has text after the closing quote of a field. Put a comma after the quote, or the text inside the quotes, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file ends inside a quoted field that starts on line %1. Add the closing quote, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataCenter</name>
    <message>
        <source>Enter a data center (us, au, ca, de, sg or uk) or a base URL such as https://api.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base URL is too long (%1 characters). Enter just the scheme, host, port and optional path, for example https://api.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address. Enter a base URL that starts with https://, for example https://api.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base URL must start with https://. Correct it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain http:// is only allowed for this computer (127.0.0.1 or localhost), because keys and secrets would cross the network unencrypted. Use https:// instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base URL must not contain a user name, a password, a query or a fragment. Enter just the scheme, host, port and optional path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a data center. Use one of us, au, ca, de, sg or uk, or a base URL such as https://api.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>United States</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Australia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Germany</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Singapore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline sandbox</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataCenterPicker</name>
    <message>
        <source>Data center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The region your Cronofy account lives in. It is shown in the address of your Cronofy dashboard, for example app-de.cronofy.com for Germany.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other (base URL)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline sandbox — nothing is sent to Cronofy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://api.example.com or http://127.0.0.1:8080</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a proxy or a local test server. Plain http is allowed only for this computer (127.0.0.1 or localhost).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the base URL, for example https://api.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base URL:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisplayCheck</name>
    <message>
        <source>Cronofy Console found no display to open its window on: run it on a desktop, connect with &quot;ssh -X&quot;, or use %1, which needs no display.</source>
        <extracomment>Printed when cronofy-console starts without a graphical desktop (e.g. over SSH); %1 is the command &quot;cronofyctl&quot; or its full path. Keep &quot;ssh -X&quot; as it is.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorPresenter</name>
    <message>
        <source>Problem with this field</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FreshTokensDialog</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message>
        <source>Fresh tokens for “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Cronofy issued a fresh access token for “%1”. Paste it where it is needed; it works for about %n minute(s). The refresh token lets a program get new access tokens later. Treat both like passwords: they are not shown here and not kept by the console.</source>
        <translation>
            <numerusform>Cronofy issued a fresh access token for “%1”. Paste it where it is needed; it works for about %n minute. The refresh token lets a program get new access tokens later. Treat both like passwords: they are not shown here and not kept by the console.</numerusform>
            <numerusform>Cronofy issued a fresh access token for “%1”. Paste it where it is needed; it works for about %n minutes. The refresh token lets a program get new access tokens later. Treat both like passwords: they are not shown here and not kept by the console.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy &amp;access token again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the access token again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;refresh token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the refresh token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard was cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refresh token is on the clipboard. It will be cleared in %1, unless you copy something else first.</source>
        <extracomment>%1 is a duration such as &quot;30 seconds&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access token is on the clipboard. It will be cleared in %1, unless you copy something else first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportApplicationDialog</name>
    <message>
        <source>Import Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an application that was made in the Cronofy dashboard. You find its client ID and client secret there, on the application&apos;s Credentials page. It is checked with %1 before it is added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client I&amp;D:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in this computer&apos;s keychain, never in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the application is listed here. Leave it empty to use the client ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped. Nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the credentials with Cronofy…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Localization</name>
    <message>
        <source>Same as the system (%1)</source>
        <extracomment>A choice in Settings &gt; Language; %1 is the name of the system&apos;s language, e.g. &quot;Deutsch&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Offline sandbox — nothing is sent to Cronofy. Connect your account in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Calendars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data center in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the offline sandbox…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox — nothing is sent to Cronofy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data center: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Cronofy Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Cronofy Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cronofy Console %1</source>
        <extracomment>%1 is the version number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates Cronofy applications and application calendars, and keeps their secrets in this computer&apos;s keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free software under the MIT licence. It comes with no warranty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project home page and source code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report a problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cronofy&apos;s developer documentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show technical details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the technical details, for example to send them to support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfflineSandbox</name>
    <message>
        <source>The offline sandbox needs the keychain for its admin key. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offline sandbox could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OnceShownSecretDialog</name>
    <message>
        <source>&amp;Retry storing in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have &amp;stored the client secret elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Provision a Calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cronofy shows the client secret only once. Cronofy Console keeps it in this computer&apos;s keychain, so you do not need to write it down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy s&amp;ecret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard is cleared after 30 seconds, unless you copy something else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry storing the client secret in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have stored the client secret elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close and provision a calendar for the new application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this window and provision the application&apos;s first calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client secret is on the clipboard for 30 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client secret is on the clipboard for 30 seconds. Paste it into your password manager now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client secret was NOT stored in the keychain. %1 Then press Retry, or copy the secret into your password manager now: Cronofy will not show it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cronofy shows the client secret only once, and this computer&apos;s keychain did not take it. Keep it safe before you close this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store the secret first: press Retry, or tick &quot;I have stored the client secret elsewhere&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client secret is now stored in this computer&apos;s keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client secret is still NOT stored. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This window stays open until the client secret is safe: press Retry, or copy the secret into your password manager and tick &quot;I have stored the client secret elsewhere&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostgresAddress</name>
    <message>
        <source>&quot;%1&quot; is not a PostgreSQL address. Write it as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the password out of the address: it is asked for separately and kept in your keychain. Write the address as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address names no user: write the database user before the host, as in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address names no server: write its host name after the user, as in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535 (PostgreSQL&apos;s usual port is 5432).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address names no database: write its name after the port, as in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sslmode=%1 is not offered: use sslmode=verify-full (TLS, the server&apos;s certificate and name checked), or leave it out for a server on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sslrootcert must be the full path of the root certificate file (for example /etc/ssl/certs/team-ca.crt), not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address option &quot;%1&quot; is not offered: only sslmode and sslrootcert may follow the database name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 is on another computer, so the connection must be encrypted and the server checked: add ?sslmode=verify-full to the address (and &amp;sslrootcert=/path/to/ca.crt if your team&apos;s server certificate is signed by its own authority).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sslrootcert is only used with TLS: add sslmode=verify-full to the address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProvisionCalendarDialog</name>
    <message>
        <source>Provision a Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An application calendar is a calendar that Cronofy keeps for one of your applications. Give it an ID you will recognise, such as the name of a room or a person. Provisioning an ID that already exists is safe: you get the same calendar back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application the calendar belongs to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no application yet. Create or import one on the Applications page first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name for the calendar that is unique within the application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: meeting-room-3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the calendar ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;pplication:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar &amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provisioning in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking Cronofy for the calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provisioned calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar sub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy s&amp;ub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the calendar sub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy p&amp;rofile ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the profile ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;vision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provision the calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the application the calendar belongs to. If the list is empty, create or import an application on the Applications page first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped waiting for Cronofy. If the calendar was created meanwhile, provisioning the same ID again is safe and shows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar “%1” is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the request</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProvisioningService</name>
    <message>
        <source>The address is too long (%1 characters). Use an address of at most %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address contains invisible control characters. Type it again or paste it as plain text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A web address cannot contain spaces. Check the address and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the address with https:// (for example %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a web address that starts with https:// or http:// (for example %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address has no host name. Enter a complete address such as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name for the application. People see it when they connect their calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is too long (%1 characters). Use at most %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name contains invisible control characters. Type it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the web address of the application&apos;s home page, for example https://example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a calendar ID: any text that names this calendar in your organisation, for example meeting-room-3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar ID is too long (%1 characters). Use at most %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar ID contains invisible control characters (such as a tab or line break). Type it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter at least one redirect address (one per line), for example https://example.com/auth/callback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect address &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a contact email address, so Cronofy can reach you about the verification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address. Enter one such as name@example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact name must be at most %1 characters of plain text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This field is empty. Paste the value from the Cronofy dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value is too long (%1 characters) to be a Cronofy key or ID. Copy it again from the Cronofy dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value contains spaces or invisible characters. Copy it again from the Cronofy dashboard and paste it as plain text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value contains letters or symbols that Cronofy keys and IDs never have (such as accents or quotation marks from a word processor). Copy it again from the Cronofy dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application %1 is not in the list. Create or import it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application %1 was created in the offline sandbox, which is not running. Switch to offline mode in Settings to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is too long. Use at most 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This application is already in the list. To enter a new client secret for it, use Replace client secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client secret of %1 is not in the keychain. Find it in the Cronofy dashboard and enter it with Replace client secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no account named “%1”. The accounts are listed in Settings (and by &quot;cronofyctl account list&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name for the account, such as the organizational unit it belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account name is too long. Use at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account name contains invisible control characters. Type it again or paste it as plain text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already an account named “%1” (%2). Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account “%1” is in %2, not in %3. Leave out the data center, or choose an account of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which account to use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are %1 accounts in %2 (%3): say which one to use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No admin API key is stored for the account “%1” (%2) yet. Enter it in Settings (you find it in the Cronofy dashboard under Admin API), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordText</name>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Registry</name>
    <message>
        <source>the list was written by a newer version of Cronofy Console (schema version %1); update Cronofy Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not connected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistryError</name>
    <message>
        <source>The list of what was provisioned cannot be opened at %1. Check that the folder exists and that you may write to it, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of what was provisioned is in a folder that cannot be written to (%1), so nothing was saved. Make the folder writable, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full, so nothing was saved. Free some space, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of what was provisioned (%1) is damaged, so nothing was saved. Restart Cronofy Console: it moves the damaged file aside, keeps it, and starts a fresh list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program holds the list of what was provisioned (for example cronofyctl or a second window). Close it, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of what was provisioned could not be updated (%1). Nothing was saved. Try again; if it keeps failing, restart Cronofy Console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shared list on %1 cannot be reached (%2). Check that the server is running and that this computer can reach it; nothing is lost, try again once it answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the user or the password for the shared list %1. Connect again with the right password (cronofyctl team connect, or Settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to the shared list %1 failed (%2). Check the server&apos;s certificate and the root certificate named by sslrootcert in the address, then connect again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shared list %1 was written by a newer version of Cronofy Console (schema version %2). Update Cronofy Console on this computer, then connect again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver is not installed on this computer, so the shared list %1 cannot be used. Install the package libqt6sql6-psql (Debian, Ubuntu) or qt6-qtbase-postgresql (Fedora), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your database user may not write to the shared list %1, so nothing was saved. Ask the server&apos;s administrator to grant it, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shared list&apos;s server %1 is out of disk space, so nothing was saved. Ask its administrator to free some, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shared list %1 is busy with a colleague&apos;s change. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shared list %1 could not be used (%2). Nothing was saved. Try again; if it keeps failing, ask the server&apos;s administrator.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistryUpgrade</name>
    <message>
        <source>Upgrading the list of applications and calendars…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the list of applications and calendars to version %1, building its indexes (%2 of %3)…</source>
        <extracomment>%1 is the schema version being made, %2 and %3 the step&apos;s statement and how many it has.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RenameAccountDialog</name>
    <message>
        <source>Rename Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new name of the account “%1”. Its key and its applications stay with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New account name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renaming the account…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplaceAccountKeyDialog</name>
    <message>
        <source>Replace Admin API Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the new admin API key of the account “%1”. In the Cronofy dashboard, open Admin API to find it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New admin API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New admin API &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in this computer&apos;s keychain, never in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the admin API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storing the key in the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplaceSecretDialog</name>
    <message>
        <source>Replace Client Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the new client secret of &quot;%1&quot; (%2). Use this after you made a new secret in the Cronofy dashboard; the old one stops working there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New client &amp;secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in this computer&apos;s keychain, never in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storing the secret in the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the request (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretError</name>
    <message>
        <source>This secret is not in your keychain. Enter it again; another program may have removed it from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cronofy Console could not reach your keychain. Start your desktop&apos;s keyring (GNOME Keyring or KWallet), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your keychain is locked or refused access. Unlock your desktop&apos;s keyring (it may still be locked after login), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cronofy Console could not use your keychain. Try again; if it keeps failing, restart your desktop&apos;s keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cronofy Console could not use your keychain (the keychain said: %1). Try again; if it keeps failing, restart your desktop&apos;s keyring.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretLineEdit</name>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the secret (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the secret (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the secret</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>&amp;Use This Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Data center:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New applications are created in this data center. Applications already in the list keep their own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a new key here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the admin API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the admin API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the Cronofy dashboard, open Admin API to find the key. Cronofy has no way to test an admin API key on its own: if it is wrong, creating an application says so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request timeout in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long to wait for Cronofy before giving up on a request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New applications are now created in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offline sandbox makes its own key. Nothing is sent to Cronofy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a data center first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An admin API key for %1 is stored in this computer&apos;s keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No admin API key is stored for %1 yet. Paste it below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;place Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The admin API key for %1 is stored in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The admin API key for %1 was removed from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cronofy Console shows the new language when it starts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restart Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart Cronofy Console now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each account is the admin API key of one Cronofy organizational unit. New applications are created with the account chosen in the Create Application dialog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace Key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the account&apos;s admin API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account “%1” is added; its key is in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account “%1” is now named “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The admin API key of the account “%1” is replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the account “%1”?</source>
        <extracomment>%1 is the account&apos;s name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its admin API key is removed from this computer&apos;s keychain. The applications created with it stay listed, marked as of a removed account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account “%1” is removed. Its applications stay listed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SharedListBox</name>
    <message>
        <source>Shared list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also cop&amp;y this computer&apos;s own list into it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;nnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use This Computer&apos;s &amp;Own List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address of the shared list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applications, calendars and activity the shared list does not have yet are added; rows it has are left as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to the shared list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to this computer&apos;s own list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A team&apos;s list on a PostgreSQL server, which several admins use at once. Secrets stay in each admin&apos;s own keychain; the password is kept in yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s own list: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shared list %1: connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shared list %1: connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shared list %1: not connected. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the database password of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1 and copying this computer&apos;s own list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 applications, %2 calendars and %3 activity entries of this computer&apos;s own list were added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed: this computer still works on the list it used before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also copy this computer&apos;s own list into the shared list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addr&amp;ess:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SharedListLink</name>
    <message>
        <source>The password of the shared list %1 could not be read from your keychain: %2 Connect again in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 The list stays empty and read-only until then; Cronofy Console tries again every %n second(s).</source>
        <translation>
            <numerusform>%1 The list stays empty and read-only until then; Cronofy Console tries again every %n second.</numerusform>
            <numerusform>%1 The list stays empty and read-only until then; Cronofy Console tries again every %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SharedListStatus</name>
    <message>
        <source>Shared list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared list %1: connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared list %1: connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared list %1: not reachable, read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared list %1: not connected, read-only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StreamedExport</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubmitVerificationDialog</name>
    <message>
        <source>Submit for Verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cronofy checks &quot;%1&quot; before people outside your organisation can connect to it. Tell Cronofy where people return after connecting and whom to contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://www.example.com/auth/callback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redirect addresses:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact &amp;email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact &amp;name (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect addresses, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit for verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped. Submit again when you are ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitting to Cronofy…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableExport</name>
    <message>
        <source>Writing failed (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerificationDialog</name>
    <message>
        <source>Cronofy did not say that its authorization is active. Provision it again to renew it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cronofy reports its authorization as “%1” instead of active. Provision it again to renew it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cronofy lists no calendar for it. Provision it again; if that does not help, contact Cronofy support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its calendar is read-only, so events cannot be added to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Cronofy lists %n writable main calendar(s) for it; an application calendar has exactly one.</source>
        <translation>
            <numerusform>Cronofy lists %n writable main calendar for it; an application calendar has exactly one.</numerusform>
            <numerusform>Cronofy lists %n writable main calendars for it; an application calendar has exactly one.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cronofy&apos;s answer does not look like a working application calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is healthy: its authorization is active and it has one calendar that events can be added to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not healthy. %2</source>
        <extracomment>%1 is the calendar ID, %2 one or more sentences that say what is wrong and what to do.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorization:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read and write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected profiles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n profile(s)</source>
        <translation>
            <numerusform>%n profile</numerusform>
            <numerusform>%n profiles</numerusform>
        </translation>
    </message>
    <message>
        <source>Calendars Cronofy lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can add events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendars Cronofy lists for it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try it offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Cronofy Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cronofy Console creates Cronofy applications and calendars for your organisation, and keeps their secrets safe in this computer&apos;s keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to your Cronofy account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Data center:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the key here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin API &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cronofy has no way to test an admin API key on its own. If the key is wrong, creating your first application says so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to Cronofy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or try it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try everything with a sandbox built into Cronofy Console. Nothing is sent to Cronofy, and you can connect your account later in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try it offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storing the admin API key in the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the offline sandbox…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the Cronofy dashboard, open Admin API and copy the key. It is kept in this computer&apos;s keychain, never in a file. Cronofy cannot check a key on its own, so Connect does not: the key is checked by your first request, when you create an application, and if it is wrong you can enter it again there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Creates Cronofy applications and application calendars.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit as soon as the window is idle and print start-up figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render the main screens with the offline sandbox into &lt;dir&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cronofy Console is already running: its window was brought to the front.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
