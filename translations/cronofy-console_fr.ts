<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ActivityExport</name>
    <message>
        <source>The activity log could not be read (%1).</source>
        <translation>Le journal d’activité n’a pas pu être lu (%1).</translation>
    </message>
    <message>
        <source>The activity log could not be read to the end.</source>
        <translation>Le journal d’activité n’a pas pu être lu jusqu’au bout.</translation>
    </message>
    <message>
        <source>Writing failed (%1).</source>
        <translation type="vanished">L’écriture a échoué (%1).</translation>
    </message>
    <message>
        <source>The activity could not be exported to %1 (%2). Nothing was written there. Choose another folder or free some space, then try again.</source>
        <translation>L’activité n’a pas pu être exportée vers %1 (%2). Rien n’y a été écrit. Choisissez un autre dossier ou libérez de l’espace, puis réessayez.</translation>
    </message>
</context>
<context>
    <name>ActivityModel</name>
    <message numerus="yes">
        <source>%1 (%n failed)</source>
        <translation>
            <numerusform>%1 (%n échec)</numerusform>
            <numerusform>%1 (%n échecs)</numerusform>
        </translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Calendar or sub</source>
        <translation>Calendrier ou sub</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Data center</source>
        <translation>Centre de données</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>Statut HTTP</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>ActivityPage</name>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Search by action, calendar, sub, application or message</source>
        <translation>Rechercher par action, calendrier, sub, application ou message</translation>
    </message>
    <message>
        <source>Search the activity</source>
        <translation>Rechercher dans l’activité</translation>
    </message>
    <message>
        <source>Shows only the operations whose action, calendar, sub, application, account or message contains the text</source>
        <translation>N’affiche que les opérations dont l’action, le calendrier, le sub, l’application, le compte ou le message contient le texte</translation>
    </message>
    <message>
        <source>Searc&amp;h:</source>
        <translation>Rec&amp;hercher&#xa0;:</translation>
    </message>
    <message>
        <source>Show operations with outcome</source>
        <translation>Afficher les opérations de résultat</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Réussies</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échouées</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Résultat&#xa0;:</translation>
    </message>
    <message>
        <source>Show operations of application</source>
        <translation>Afficher les opérations de l’application</translation>
    </message>
    <message>
        <source>App&amp;lication:</source>
        <translation>App&amp;lication&#xa0;:</translation>
    </message>
    <message>
        <source>Sho&amp;w failures</source>
        <translation>&amp;Voir les échecs</translation>
    </message>
    <message>
        <source>Show the failures of the selected bulk run</source>
        <translation>Afficher les échecs de l’exécution groupée sélectionnée</translation>
    </message>
    <message>
        <source>List the calendars that failed in the selected bulk run (Enter or double-click)</source>
        <translation>Lister les calendriers en échec dans l’exécution groupée sélectionnée (Entrée ou double-clic)</translation>
    </message>
    <message>
        <source>&amp;Back to all operations</source>
        <translation>Re&amp;tour à toutes les opérations</translation>
    </message>
    <message>
        <source>Back to all operations</source>
        <translation>Retour à toutes les opérations</translation>
    </message>
    <message>
        <source>Leave this run&apos;s failures and list every operation again (Alt+Left)</source>
        <translation>Quitter les échecs de cette exécution et lister de nouveau toutes les opérations (Alt+Gauche)</translation>
    </message>
    <message>
        <source>E&amp;xport shown as CSV…</source>
        <translation>E&amp;xporter en CSV…</translation>
    </message>
    <message>
        <source>Export the operations shown as CSV</source>
        <translation>Exporter les opérations affichées en CSV</translation>
    </message>
    <message>
        <source>Save the operations the list shows now (after search and filters; a bulk run with its failures) as a CSV file for spreadsheets</source>
        <translation>Enregistrer les opérations que la liste affiche (après recherche et filtres ; une exécution groupée avec ses échecs) dans un fichier CSV pour tableurs</translation>
    </message>
    <message>
        <source>Export shown as &amp;JSON…</source>
        <translation>Exporter en JSO&amp;N…</translation>
    </message>
    <message>
        <source>Export the operations shown as JSON</source>
        <translation>Exporter les opérations affichées en JSON</translation>
    </message>
    <message>
        <source>Save the operations the list shows now (after search and filters; a bulk run with its failures) as a JSON file for programs</source>
        <translation>Enregistrer les opérations que la liste affiche (après recherche et filtres ; une exécution groupée avec ses échecs) dans un fichier JSON pour programmes</translation>
    </message>
    <message>
        <source>All applications</source>
        <translation>Toutes les applications</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message numerus="yes">
        <source>Showing %n operation(s)</source>
        <translation>
            <numerusform>%n opération affichée</numerusform>
            <numerusform>%n opérations affichées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing more than %n operation(s)…</source>
        <translation>
            <numerusform>Plus de %n opération affichée…</numerusform>
            <numerusform>Plus de %n opérations affichées…</numerusform>
        </translation>
    </message>
    <message>
        <source>The calendars that failed in this bulk run:</source>
        <translation>Les calendriers en échec dans cette exécution groupée&#xa0;:</translation>
    </message>
    <message>
        <source>Export Activity as CSV</source>
        <translation>Exporter l’activité en CSV</translation>
    </message>
    <message>
        <source>Export Activity as JSON</source>
        <translation>Exporter l’activité en JSON</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>Exporting the activity…</source>
        <translation>Export de l’activité…</translation>
    </message>
    <message>
        <source>The export was cancelled. Nothing was written to %1.</source>
        <translation>L’export a été annulé. Rien n’a été écrit dans %1.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n operation(s) to %1.</source>
        <translation>
            <numerusform>%n opération enregistrée dans %1.</numerusform>
            <numerusform>%n opérations enregistrées dans %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AddAccountDialog</name>
    <message>
        <source>Add Account</source>
        <translation>Ajouter un compte</translation>
    </message>
    <message>
        <source>An account is the admin API key of one Cronofy organizational unit. Give it a name you will recognize; the key is kept in this computer&apos;s keychain, never in a file.</source>
        <translation>Un compte est la clé d’API d’administration d’une unité organisationnelle Cronofy. Donnez-lui un nom que vous reconnaîtrez&#xa0;; la clé est conservée dans le trousseau de cet ordinateur, jamais dans un fichier.</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Nom du compte</translation>
    </message>
    <message>
        <source>For example: Acme — customer</source>
        <translation>Par exemple&#xa0;: Acme — client</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Data center:</source>
        <translation>Centre de d&amp;onnées&#xa0;:</translation>
    </message>
    <message>
        <source>Admin API key</source>
        <translation>Clé d’API d’administration</translation>
    </message>
    <message>
        <source>Admin API &amp;key:</source>
        <translation>&amp;Clé d’API d’administration&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>A&amp;jouter</translation>
    </message>
    <message>
        <source>Add the account</source>
        <translation>Ajouter le compte</translation>
    </message>
    <message>
        <source>Storing the key in the keychain…</source>
        <translation>Enregistrement de la clé dans le trousseau…</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Home page URL</source>
        <translation>URL de la page d’accueil</translation>
    </message>
    <message>
        <source>Calendar ID</source>
        <translation>ID du calendrier</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>ID client</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Secret client</translation>
    </message>
    <message>
        <source>Redirect URIs</source>
        <translation>URI de redirection</translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation>E-mail de contact</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>Nom du contact</translation>
    </message>
    <message>
        <source>Refresh token</source>
        <translation>Jeton d’actualisation</translation>
    </message>
    <message>
        <source>Calendar to revoke</source>
        <translation>Calendrier à révoquer</translation>
    </message>
    <message>
        <source>%1.</source>
        <extracomment>How the messages Cronofy gave for one form field are joined, e.g. &quot;Required; Too long&quot;</extracomment>
        <translation>%1.</translation>
    </message>
    <message>
        <source>; </source>
        <translation>&#xa0;; </translation>
    </message>
    <message>
        <source>Cronofy</source>
        <translation>Cronofy</translation>
    </message>
    <message>
        <source>Cannot reach Cronofy (%1): this computer seems to be offline, or the server&apos;s name cannot be found. Check the internet connection, and the base URL if you entered one, then try again.</source>
        <translation>Impossible de joindre Cronofy (%1)&#xa0;: cet ordinateur semble hors ligne, ou le nom du serveur est introuvable. Vérifiez la connexion Internet, ainsi que l’URL de base si vous en avez saisi une, puis réessayez.</translation>
    </message>
    <message>
        <source>Nothing is answering at %1. If this is the local sandbox, start it again (or restart the console); otherwise correct the base URL in Settings.</source>
        <translation type="vanished">Rien ne répond à %1. S’il s’agit du bac à sable local, redémarrez-le (ou redémarrez la console)&#xa0;; sinon, corrigez l’URL de base dans les paramètres.</translation>
    </message>
    <message>
        <source>The server at %1 refused the connection. A firewall or proxy may be blocking it, or the service is restarting. Try again in a few minutes.</source>
        <translation>Le serveur %1 a refusé la connexion. Un pare-feu ou un proxy la bloque peut-être, ou le service est en cours de redémarrage. Réessayez dans quelques minutes.</translation>
    </message>
    <message numerus="yes">
        <source>Cronofy began to answer but the answer arrived too slowly to finish within %n second(s). The request has probably arrived: check the Cronofy dashboard before trying again, so that nothing is created twice.</source>
        <translation>
            <numerusform>Cronofy a commencé à répondre, mais la réponse est arrivée trop lentement pour se terminer en %n seconde. La requête est probablement arrivée&#xa0;: vérifiez le tableau de bord Cronofy avant de réessayer, afin que rien ne soit créé en double.</numerusform>
            <numerusform>Cronofy a commencé à répondre, mais la réponse est arrivée trop lentement pour se terminer en %n secondes. La requête est probablement arrivée&#xa0;: vérifiez le tableau de bord Cronofy avant de réessayer, afin que rien ne soit créé en double.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cronofy began to answer but the answer arrived too slowly to finish within %n second(s). The connection is very slow or overloaded: try again later, or from another network.</source>
        <translation>
            <numerusform>Cronofy a commencé à répondre, mais la réponse est arrivée trop lentement pour se terminer en %n seconde. La connexion est très lente ou surchargée&#xa0;: réessayez plus tard, ou depuis un autre réseau.</numerusform>
            <numerusform>Cronofy a commencé à répondre, mais la réponse est arrivée trop lentement pour se terminer en %n secondes. La connexion est très lente ou surchargée&#xa0;: réessayez plus tard, ou depuis un autre réseau.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cronofy did not answer within %n second(s). The request may still have arrived: check the Cronofy dashboard before trying again, so that nothing is created twice.</source>
        <translation>
            <numerusform>Cronofy n’a pas répondu en %n seconde. La requête est peut-être arrivée malgré tout&#xa0;: vérifiez le tableau de bord Cronofy avant de réessayer, afin que rien ne soit créé en double.</numerusform>
            <numerusform>Cronofy n’a pas répondu en %n secondes. La requête est peut-être arrivée malgré tout&#xa0;: vérifiez le tableau de bord Cronofy avant de réessayer, afin que rien ne soit créé en double.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cronofy did not answer within %n second(s). Check the internet connection and try again; trying again is safe and returns the same calendar.</source>
        <translation>
            <numerusform>Cronofy n’a pas répondu en %n seconde. Vérifiez la connexion Internet et réessayez&#xa0;; réessayer est sans risque et renvoie le même calendrier.</numerusform>
            <numerusform>Cronofy n’a pas répondu en %n secondes. Vérifiez la connexion Internet et réessayez&#xa0;; réessayer est sans risque et renvoie le même calendrier.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cronofy did not answer within %n second(s). Check the internet connection and try again.</source>
        <translation>
            <numerusform>Cronofy n’a pas répondu en %n seconde. Vérifiez la connexion Internet et réessayez.</numerusform>
            <numerusform>Cronofy n’a pas répondu en %n secondes. Vérifiez la connexion Internet et réessayez.</numerusform>
        </translation>
    </message>
    <message>
        <source>The request was cancelled. It may already have reached Cronofy: check the Cronofy dashboard before starting it again.</source>
        <translation>La requête a été annulée. Elle a peut-être déjà atteint Cronofy&#xa0;: vérifiez le tableau de bord Cronofy avant de la relancer.</translation>
    </message>
    <message>
        <source>The request was cancelled. Nothing else will happen.</source>
        <translation>La requête a été annulée. Rien d’autre ne se produira.</translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be established: its certificate is not trusted, or it does not speak HTTPS. The console never ignores this, because keys would be exposed. Check the computer&apos;s date and time and any proxy or antivirus that inspects HTTPS; if you entered a base URL, check that it is right.</source>
        <translation>La connexion sécurisée à %1 n’a pas pu être établie&#xa0;: son certificat n’est pas approuvé, ou il ne parle pas HTTPS. La console n’ignore jamais cette erreur, car les clés seraient exposées. Vérifiez la date et l’heure de l’ordinateur ainsi que tout proxy ou antivirus qui inspecte le HTTPS&#xa0;; si vous avez saisi une URL de base, vérifiez qu’elle est correcte.</translation>
    </message>
    <message>
        <source>%1 tried to send the request on to another address. The console did not follow, so no key or secret went there. Check the data center or base URL in Settings.</source>
        <translation>%1 a tenté de transférer la requête vers une autre adresse. La console ne l’a pas suivie, aucune clé ni aucun secret n’y a donc été envoyé. Vérifiez le centre de données ou l’URL de base dans les paramètres.</translation>
    </message>
    <message>
        <source>The answer from %1 was larger than %2 and was refused. Cronofy&apos;s answers are much smaller, so the base URL probably points at something else: check it in Settings.</source>
        <translation>La réponse de %1 dépassait %2 et a été refusée. Les réponses de Cronofy sont bien plus petites&#xa0;: l’URL de base pointe donc probablement vers autre chose. Vérifiez-la dans les paramètres.</translation>
    </message>
    <message>
        <source>The connection to %1 broke off before the answer was complete. Check the internet connection and try again.</source>
        <translation>La connexion à %1 s’est interrompue avant la fin de la réponse. Vérifiez la connexion Internet et réessayez.</translation>
    </message>
    <message>
        <source>Cronofy&apos;s answer is missing &quot;%1&quot;.</source>
        <translation>Il manque «&#xa0;%1&#xa0;» dans la réponse de Cronofy.</translation>
    </message>
    <message>
        <source>In Cronofy&apos;s answer, &quot;%1&quot; is not what the Cronofy documentation describes.</source>
        <translation>Dans la réponse de Cronofy, «&#xa0;%1&#xa0;» ne correspond pas à ce que décrit la documentation de Cronofy.</translation>
    </message>
    <message>
        <source>Cronofy&apos;s answer is data, but not in the documented shape.</source>
        <translation>La réponse de Cronofy contient des données, mais pas sous la forme documentée.</translation>
    </message>
    <message>
        <source>Cronofy&apos;s answer could not be read (it is not JSON data).</source>
        <translation>La réponse de Cronofy n’a pas pu être lue (ce ne sont pas des données JSON).</translation>
    </message>
    <message>
        <source>%1 The application may have been created anyway: check the Cronofy dashboard before trying again. If this keeps happening, check the data center or base URL in Settings.</source>
        <translation>%1 L’application a peut-être été créée malgré tout&#xa0;: vérifiez le tableau de bord Cronofy avant de réessayer. Si cela se reproduit, vérifiez le centre de données ou l’URL de base dans les paramètres.</translation>
    </message>
    <message>
        <source>%1 The base URL may point at something other than Cronofy&apos;s API, or a proxy changed the answer: check the data center or base URL in Settings, then try again.</source>
        <translation>%1 L’URL de base pointe peut-être vers autre chose que l’API de Cronofy, ou un proxy a modifié la réponse&#xa0;: vérifiez le centre de données ou l’URL de base dans les paramètres, puis réessayez.</translation>
    </message>
    <message numerus="yes">
        <source>Cronofy is temporarily unavailable (HTTP 503). Wait %n second(s) and try again.</source>
        <translation>
            <numerusform>Cronofy est temporairement indisponible (HTTP 503). Attendez %n seconde et réessayez.</numerusform>
            <numerusform>Cronofy est temporairement indisponible (HTTP 503). Attendez %n secondes et réessayez.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cronofy is temporarily unavailable, probably for maintenance (HTTP 503). Try again in a few minutes.</source>
        <translation>Cronofy est temporairement indisponible, probablement pour maintenance (HTTP 503). Réessayez dans quelques minutes.</translation>
    </message>
    <message>
        <source>A gateway in front of Cronofy got no good answer from it (HTTP %1). Cronofy or the network is having trouble; try again in a few minutes.</source>
        <translation>Une passerelle placée devant Cronofy n’en a pas reçu de réponse valable (HTTP %1). Cronofy ou le réseau rencontre des difficultés&#xa0;; réessayez dans quelques minutes.</translation>
    </message>
    <message>
        <source>Cronofy is having trouble (HTTP %1). This is not caused by what you entered; try again in a few minutes, and check status.cronofy.com if it keeps happening.</source>
        <translation>Cronofy rencontre des difficultés (HTTP %1). Ce n’est pas dû à ce que vous avez saisi&#xa0;; réessayez dans quelques minutes et consultez status.cronofy.com si le problème persiste.</translation>
    </message>
    <message>
        <source>The calendar&apos;s refresh token is no longer valid (it was revoked or replaced). Provision the calendar again to get fresh tokens.</source>
        <translation>Le jeton d’actualisation du calendrier n’est plus valide (il a été révoqué ou remplacé). Provisionnez à nouveau le calendrier pour obtenir de nouveaux jetons.</translation>
    </message>
    <message>
        <source>Cronofy did not accept the application&apos;s client ID and client secret. The secret may have been replaced in the Cronofy dashboard: enter the current one for this application, then try again.</source>
        <translation>Cronofy n’a pas accepté l’ID client et le secret client de l’application. Le secret a peut-être été remplacé dans le tableau de bord Cronofy&#xa0;: saisissez le secret actuel de cette application, puis réessayez.</translation>
    </message>
    <message>
        <source>Cronofy refused the request as invalid (%1). Check what you entered and try again.</source>
        <translation>Cronofy a refusé la requête comme non valide (%1). Vérifiez ce que vous avez saisi et réessayez.</translation>
    </message>
    <message>
        <source>Cronofy refused the request as invalid (HTTP 400). Check what you entered and try again.</source>
        <translation>Cronofy a refusé la requête comme non valide (HTTP 400). Vérifiez ce que vous avez saisi et réessayez.</translation>
    </message>
    <message>
        <source>Cronofy refused the admin API key. Check that the key belongs to this data center (%1) and has not been revoked in the Cronofy dashboard, then enter it again in Settings.</source>
        <translation>Cronofy a refusé la clé d’API d’administration. Vérifiez que la clé appartient à ce centre de données (%1) et qu’elle n’a pas été révoquée dans le tableau de bord Cronofy, puis saisissez-la à nouveau dans les paramètres.</translation>
    </message>
    <message>
        <source>Cronofy refused the application&apos;s client secret. It may have been replaced in the Cronofy dashboard: copy the current secret from there and replace it in the console, then try again.</source>
        <translation>Cronofy a refusé le secret client de l’application. Il a peut-être été remplacé dans le tableau de bord Cronofy&#xa0;: copiez-y le secret actuel, remplacez-le dans la console, puis réessayez.</translation>
    </message>
    <message>
        <source>Cronofy refused the calendar&apos;s access token: it has expired or the calendar was revoked. Refresh the tokens, or provision the calendar again.</source>
        <translation>Cronofy a refusé le jeton d’accès du calendrier&#xa0;: il a expiré ou le calendrier a été révoqué. Actualisez les jetons ou provisionnez à nouveau le calendrier.</translation>
    </message>
    <message>
        <source>Your Cronofy plan does not include creating applications through the Admin API. Ask Cronofy support to enable it, or create the application in the Cronofy dashboard.</source>
        <translation>Votre offre Cronofy n’inclut pas la création d’applications via l’API d’administration. Demandez au support Cronofy de l’activer, ou créez l’application dans le tableau de bord Cronofy.</translation>
    </message>
    <message>
        <source>Your Cronofy plan does not include application calendars. Upgrade the plan in the Cronofy dashboard, then try again.</source>
        <translation>Votre offre Cronofy n’inclut pas les calendriers d’application. Passez à une offre supérieure dans le tableau de bord Cronofy, puis réessayez.</translation>
    </message>
    <message>
        <source>Your Cronofy plan does not include this feature (HTTP 402). Upgrade the plan in the Cronofy dashboard, then try again.</source>
        <translation>Votre offre Cronofy n’inclut pas cette fonctionnalité (HTTP 402). Passez à une offre supérieure dans le tableau de bord Cronofy, puis réessayez.</translation>
    </message>
    <message>
        <source>Cronofy recognised the admin API key but it may not create applications here. Check in the Cronofy dashboard which organizational unit the key belongs to.</source>
        <translation>Cronofy a reconnu la clé d’API d’administration, mais elle n’est pas autorisée à créer des applications ici. Vérifiez dans le tableau de bord Cronofy à quelle unité organisationnelle la clé appartient.</translation>
    </message>
    <message>
        <source>Cronofy recognised the credentials but they are not allowed to do this (HTTP 403). Check the application&apos;s permissions in the Cronofy dashboard.</source>
        <translation>Cronofy a reconnu les identifiants, mais ils ne sont pas autorisés à effectuer cette action (HTTP 403). Vérifiez les autorisations de l’application dans le tableau de bord Cronofy.</translation>
    </message>
    <message>
        <source>Cronofy does not know this address (HTTP 404). Check the data center (%1), or the base URL if you entered one, in Settings.</source>
        <translation>Cronofy ne connaît pas cette adresse (HTTP 404). Vérifiez dans les paramètres le centre de données (%1), ou l’URL de base si vous en avez saisi une.</translation>
    </message>
    <message>
        <source>Cronofy gave up waiting for the request (HTTP 408). Check the internet connection and try again.</source>
        <translation>Cronofy a cessé d’attendre la requête (HTTP 408). Vérifiez la connexion Internet et réessayez.</translation>
    </message>
    <message>
        <source>Cronofy did not accept what was sent (HTTP 422) but did not say which field. Check every field and try again.</source>
        <translation>Cronofy n’a pas accepté ce qui a été envoyé (HTTP 422), sans préciser quel champ. Vérifiez chaque champ et réessayez.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>One field of a 422 error: &quot;&lt;field label&gt;: &lt;Cronofy&apos;s descriptions&gt;&quot;</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Cronofy did not accept some fields: %1. Correct them and try again.</source>
        <translation>Cronofy n’a pas accepté certains champs&#xa0;: %1. Corrigez-les et réessayez.</translation>
    </message>
    <message>
        <source>Cronofy reports the account as locked (HTTP 423). Look for a notice about the account in the Cronofy dashboard, or contact Cronofy support, then try again.</source>
        <translation>Cronofy signale que le compte est verrouillé (HTTP 423). Cherchez un avis concernant le compte dans le tableau de bord Cronofy, ou contactez le support Cronofy, puis réessayez.</translation>
    </message>
    <message>
        <source>Cronofy reports this calendar&apos;s account as locked: it has no working connection to its calendar provider. Provision the calendar again; if that does not help, contact Cronofy support.</source>
        <translation>Cronofy signale que le compte de ce calendrier est verrouillé&#xa0;: il n’a aucune connexion fonctionnelle avec son fournisseur de calendrier. Provisionnez à nouveau le calendrier&#xa0;; si cela ne suffit pas, contactez le support Cronofy.</translation>
    </message>
    <message numerus="yes">
        <source>Cronofy is limiting requests. Wait %n second(s) and try again.</source>
        <translation>
            <numerusform>Cronofy limite les requêtes. Attendez %n seconde et réessayez.</numerusform>
            <numerusform>Cronofy limite les requêtes. Attendez %n secondes et réessayez.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cronofy is limiting requests because too many were sent in a short time. Wait a minute and try again, or send fewer at once.</source>
        <translation>Cronofy limite les requêtes, car trop ont été envoyées en peu de temps. Attendez une minute et réessayez, ou envoyez-en moins à la fois.</translation>
    </message>
    <message>
        <source>Cronofy refused the request (HTTP %1). Check what you entered and try again; if it keeps happening, send the details to whoever supports your Cronofy account.</source>
        <translation>Cronofy a refusé la requête (HTTP %1). Vérifiez ce que vous avez saisi et réessayez&#xa0;; si le problème persiste, envoyez les détails à la personne qui gère votre compte Cronofy.</translation>
    </message>
    <message>
        <source>The offline sandbox is not answering. Restart Cronofy Console to start it again.</source>
        <translation>Le bac à sable hors ligne ne répond pas. Redémarrez Cronofy Console pour le relancer.</translation>
    </message>
    <message>
        <source>Nothing is answering at %1. If it is a server on this computer, such as cronofy-sandbox, start it again; otherwise correct the base URL in Settings.</source>
        <translation>Rien ne répond à %1. S’il s’agit d’un serveur sur cet ordinateur, comme cronofy-sandbox, relancez-le&#xa0;; sinon corrigez l’URL de base dans les Paramètres.</translation>
    </message>
    <message>
        <source>Cronofy refused the admin API key of the account “%1” (%2). Check that the key belongs to this data center and has not been revoked in the Cronofy dashboard, then replace the key in Settings (or with &quot;cronofyctl account replace-key&quot;), or add the right account with &quot;cronofyctl account add&quot;.</source>
        <translation>Cronofy a refusé la clé d’API d’administration du compte « %1 » (%2). Vérifiez que la clé appartient à ce centre de données et n’a pas été révoquée dans le tableau de bord Cronofy, puis remplacez-la dans les Paramètres (ou avec &quot;cronofyctl account replace-key&quot;), ou ajoutez le bon compte avec &quot;cronofyctl account add&quot;.</translation>
    </message>
    <message>
        <source>Cronofy recognised the admin API key of the account “%1” (%2) but it may not create applications here (HTTP 403). Check in the Cronofy dashboard which organizational unit and data center the key belongs to, then replace the key in Settings (or with &quot;cronofyctl account replace-key&quot;).</source>
        <translation>Cronofy a reconnu la clé d’API d’administration du compte « %1 » (%2), mais elle ne peut pas créer d’applications ici (HTTP 403). Vérifiez dans le tableau de bord Cronofy à quelle unité organisationnelle et à quel centre de données la clé appartient, puis remplacez-la dans les Paramètres (ou avec &quot;cronofyctl account replace-key&quot;).</translation>
    </message>
</context>
<context>
    <name>ApplicationsModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>ID client</translation>
    </message>
    <message>
        <source>Data center</source>
        <translation>Centre de données</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajoutée</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Secret client</translation>
    </message>
    <message>
        <source>%1 (removed)</source>
        <translation>%1 (supprimé)</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
</context>
<context>
    <name>ApplicationsPage</name>
    <message>
        <source>&amp;Create Application…</source>
        <translation type="vanished">&amp;Créer une application…</translation>
    </message>
    <message>
        <source>Cr&amp;eate Application…</source>
        <translation>C&amp;réer une application…</translation>
    </message>
    <message>
        <source>Search applications</source>
        <translation>Rechercher des applications</translation>
    </message>
    <message>
        <source>Search by name or client ID</source>
        <translation>Rechercher par nom ou ID client</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Applications</translation>
    </message>
    <message>
        <source>No applications yet.

Create one with Create Application (Ctrl+N), or import one that was made in the Cronofy dashboard.</source>
        <translation type="vanished">Aucune application pour l’instant.

Créez-en une avec «&#xa0;Créer une application&#xa0;» (Ctrl+N), ou importez-en une créée dans le tableau de bord Cronofy.</translation>
    </message>
    <message>
        <source>No applications yet.

Press Enter to create your first one with Create Application (Ctrl+N), or import one that was made in the Cronofy dashboard.</source>
        <translation>Aucune application pour l’instant.

Appuyez sur Entrée pour créer la première avec «&#xa0;Créer une application&#xa0;» (Ctrl+N), ou importez-en une créée dans le tableau de bord Cronofy.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation>ID client&#xa0;:</translation>
    </message>
    <message>
        <source>Web address:</source>
        <translation>Adresse web&#xa0;:</translation>
    </message>
    <message>
        <source>Data center:</source>
        <translation>Centre de données&#xa0;:</translation>
    </message>
    <message>
        <source>Added:</source>
        <translation>Ajoutée le&#xa0;:</translation>
    </message>
    <message>
        <source>Client secret:</source>
        <translation>Secret client&#xa0;:</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Create application</source>
        <translation>Créer une application</translation>
    </message>
    <message>
        <source>Create a new Cronofy application (Ctrl+N)</source>
        <translation>Créer une nouvelle application Cronofy (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Import Application…</source>
        <translation>&amp;Importer une application…</translation>
    </message>
    <message>
        <source>Import application</source>
        <translation>Importer une application</translation>
    </message>
    <message>
        <source>Add an application made in the Cronofy dashboard</source>
        <translation>Ajouter une application créée dans le tableau de bord Cronofy</translation>
    </message>
    <message>
        <source>Submit for &amp;Verification…</source>
        <translation>Soumettre pour &amp;vérification…</translation>
    </message>
    <message>
        <source>Submit for verification</source>
        <translation>Soumettre pour vérification</translation>
    </message>
    <message>
        <source>Ask Cronofy to verify the application, so people outside your organisation can use it</source>
        <translation>Demander à Cronofy de vérifier l’application, afin que des personnes extérieures à votre organisation puissent l’utiliser</translation>
    </message>
    <message>
        <source>&amp;Replace Client Secret…</source>
        <translation>Remplac&amp;er le secret client…</translation>
    </message>
    <message>
        <source>Replace client secret</source>
        <translation>Remplacer le secret client</translation>
    </message>
    <message>
        <source>Store a new client secret after you made one in the Cronofy dashboard</source>
        <translation>Enregistrer un nouveau secret client après en avoir créé un dans le tableau de bord Cronofy</translation>
    </message>
    <message>
        <source>Cop&amp;y Client ID</source>
        <translation>Copier l’ID c&amp;lient</translation>
    </message>
    <message>
        <source>Copy client ID</source>
        <translation>Copier l’ID client</translation>
    </message>
    <message>
        <source>Copy the selected application&apos;s client ID</source>
        <translation>Copier l’ID client de l’application sélectionnée</translation>
    </message>
    <message>
        <source>Show Calen&amp;dars</source>
        <translation>Affic&amp;her les calendriers</translation>
    </message>
    <message>
        <source>Show the application&apos;s calendars</source>
        <translation>Afficher les calendriers de l’application</translation>
    </message>
    <message>
        <source>Open the Calendars page with this application&apos;s calendars</source>
        <translation>Ouvrir la page Calendriers avec les calendriers de cette application</translation>
    </message>
    <message>
        <source>&amp;Provision Calendar…</source>
        <translation>Pr&amp;ovisionner un calendrier…</translation>
    </message>
    <message>
        <source>Provision a calendar for the application</source>
        <translation>Provisionner un calendrier pour l’application</translation>
    </message>
    <message>
        <source>Create a calendar for this application, or get an existing one back</source>
        <translation>Créer un calendrier pour cette application, ou en récupérer un existant</translation>
    </message>
    <message>
        <source>&amp;Bulk Provision…</source>
        <translation>Provisionnement en &amp;masse…</translation>
    </message>
    <message>
        <source>Provision many calendars for the application</source>
        <translation>Provisionner de nombreux calendriers pour l’application</translation>
    </message>
    <message>
        <source>Provision many calendars of this application from a CSV or text file</source>
        <translation>Provisionner de nombreux calendriers de cette application depuis un fichier CSV ou texte</translation>
    </message>
    <message>
        <source>Select an application to see its details.</source>
        <translation>Sélectionnez une application pour voir ses détails.</translation>
    </message>
    <message>
        <source>(not known for imported applications)</source>
        <translation>(inconnu pour les applications importées)</translation>
    </message>
    <message>
        <source>Offline sandbox</source>
        <translation type="vanished">Bac à sable hors ligne</translation>
    </message>
    <message>
        <source>Imported on %1</source>
        <translation>Importée le %1</translation>
    </message>
    <message>
        <source>Created on %1</source>
        <translation>Créée le %1</translation>
    </message>
    <message>
        <source>Stored in this computer&apos;s keychain.</source>
        <translation>Enregistré dans le trousseau de cet ordinateur.</translation>
    </message>
    <message>
        <source>NOT stored in the keychain. Calendars cannot be provisioned for this application until you store its secret with Replace Client Secret.</source>
        <translation>PAS enregistré dans le trousseau. Aucun calendrier ne peut être provisionné pour cette application tant que vous n’avez pas enregistré son secret avec «&#xa0;Remplacer le secret client&#xa0;».</translation>
    </message>
    <message>
        <source>The application was imported and its secret stored in the keychain.</source>
        <translation>L’application a été importée et son secret enregistré dans le trousseau.</translation>
    </message>
    <message>
        <source>Submitted. Cronofy will contact you by email about the verification.</source>
        <translation>Soumise. Cronofy vous contactera par e-mail au sujet de la vérification.</translation>
    </message>
    <message>
        <source>The new client secret is stored in the keychain.</source>
        <translation>Le nouveau secret client est enregistré dans le trousseau.</translation>
    </message>
    <message>
        <source>Copied the client ID %1.</source>
        <translation>ID client %1 copié.</translation>
    </message>
    <message>
        <source>Show the applications of</source>
        <translation>Afficher les applications de</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Compte :</translation>
    </message>
    <message>
        <source>Acc&amp;ount:</source>
        <translation>Comp&amp;te :</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Tous les comptes</translation>
    </message>
    <message>
        <source>(none: imported from the dashboard)</source>
        <translation>(aucun : importée depuis le tableau de bord)</translation>
    </message>
    <message>
        <source>%1 (removed: its applications stay listed)</source>
        <translation>%1 (supprimé : ses applications restent dans la liste)</translation>
    </message>
</context>
<context>
    <name>BulkProvisionDialog</name>
    <message>
        <source>Provision calendars from a file</source>
        <translation>Provisionner des calendriers depuis un fichier</translation>
    </message>
    <message>
        <source>Provision many application calendars of %1 at once. Choose a CSV file with a header row (the column application_calendar_id is used, or else the first column) or a text file with one ID per line. Calendars already provisioned are skipped, so you can start the same file again after an interruption.</source>
        <translation>Provisionnez en une seule fois de nombreux calendriers d’application de %1. Choisissez un fichier CSV avec une ligne d’en-tête (la colonne application_calendar_id est utilisée, sinon la première colonne) ou un fichier texte avec un ID par ligne. Les calendriers déjà provisionnés sont ignorés&#xa0;: vous pouvez donc relancer le même fichier après une interruption.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>File with calendar IDs</source>
        <translation>Fichier d’ID de calendrier</translation>
    </message>
    <message>
        <source>Type a path and press Enter, or choose a file</source>
        <translation>Saisissez un chemin et appuyez sur Entrée, ou choisissez un fichier</translation>
    </message>
    <message>
        <source>C&amp;hoose file...</source>
        <translation type="vanished">C&amp;hoisir un fichier…</translation>
    </message>
    <message>
        <source>Choose file</source>
        <translation>Choisir un fichier</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Lines that will not be sent</source>
        <translation>Lignes qui ne seront pas envoyées</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Calendar ID</source>
        <translation>ID du calendrier</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Provision &amp;again the calendars that are already provisioned</source>
        <translation>Provisionner à &amp;nouveau les calendriers déjà provisionnés</translation>
    </message>
    <message>
        <source>Provision again the calendars that are already provisioned</source>
        <translation>Provisionner à nouveau les calendriers déjà provisionnés</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Calendars that failed</source>
        <translation>Calendriers en échec</translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Démarrer</translation>
    </message>
    <message>
        <source>Start provisioning</source>
        <translation>Démarrer le provisionnement</translation>
    </message>
    <message>
        <source>&amp;Cancel run</source>
        <translation>&amp;Annuler l’exécution</translation>
    </message>
    <message>
        <source>Stop &amp;now</source>
        <translation>Arrêter &amp;maintenant</translation>
    </message>
    <message>
        <source>Cancel the run</source>
        <translation>Annuler l’exécution</translation>
    </message>
    <message>
        <source>&amp;Export failures...</source>
        <translation type="vanished">&amp;Exporter les échecs…</translation>
    </message>
    <message>
        <source>C&amp;hoose file…</source>
        <translation>C&amp;hoisir un fichier…</translation>
    </message>
    <message>
        <source>&amp;Export failures…</source>
        <translation>&amp;Exporter les échecs…</translation>
    </message>
    <message>
        <source>Export failures as CSV</source>
        <translation>Exporter les échecs en CSV</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>Fe&amp;rmer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Choose a file with calendar IDs</source>
        <translation>Choisir un fichier d’ID de calendrier</translation>
    </message>
    <message>
        <source>CSV or text files (*.csv *.txt)</source>
        <translation>Fichiers CSV ou texte (*.csv *.txt)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n calendar ID(s) in %1 (column &quot;%2&quot;).</source>
        <translation>
            <numerusform>%n ID de calendrier dans %1 (colonne «&#xa0;%2&#xa0;»).</numerusform>
            <numerusform>%n ID de calendrier dans %1 (colonne «&#xa0;%2&#xa0;»).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n calendar ID(s) in %1, one per line.</source>
        <translation>
            <numerusform>%n ID de calendrier dans %1, un par ligne.</numerusform>
            <numerusform>%n ID de calendrier dans %1, un par ligne.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate line(s) will be provisioned once.</source>
        <translation>
            <numerusform>%n ligne en double sera provisionnée une seule fois.</numerusform>
            <numerusform>%n lignes en double seront provisionnées une seule fois.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid ID(s) will not be sent; correct them in the file and load it again if they are needed.</source>
        <translation>
            <numerusform>%n ID non valide ne sera pas envoyé&#xa0;; corrigez-le dans le fichier et rechargez le fichier si cet ID est nécessaire.</numerusform>
            <numerusform>%n ID non valides ne seront pas envoyés&#xa0;; corrigez-les dans le fichier et rechargez le fichier si ces ID sont nécessaires.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n are already provisioned and will be skipped.</source>
        <translation>
            <numerusform>%n est déjà provisionné et sera ignoré.</numerusform>
            <numerusform>%n sont déjà provisionnés et seront ignorés.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is nothing to provision. Choose a file with one ID per line, or a CSV file with an application_calendar_id column.</source>
        <translation>Il n’y a rien à provisionner. Choisissez un fichier avec un ID par ligne, ou un fichier CSV avec une colonne application_calendar_id.</translation>
    </message>
    <message>
        <source>Invalid IDs (%1)</source>
        <translation>ID non valides (%1)</translation>
    </message>
    <message>
        <source>Duplicates (%1)</source>
        <translation>Doublons (%1)</translation>
    </message>
    <message>
        <source>Already provisioned (%1)</source>
        <translation>Déjà provisionnés (%1)</translation>
    </message>
    <message>
        <source>Skipped unless you choose to provision again.</source>
        <translation>Ignoré, sauf si vous choisissez de provisionner à nouveau.</translation>
    </message>
    <message>
        <source>Reading the client secret from the keychain…</source>
        <translation>Lecture du secret client dans le trousseau…</translation>
    </message>
    <message>
        <source>Stop now without waiting for the answers</source>
        <translation>Arrêter maintenant sans attendre les réponses</translation>
    </message>
    <message numerus="yes">
        <source>Stopping: no new requests. Waiting for the answers to the %n request(s) already sent, so that what Cronofy did is saved.</source>
        <translation>
            <numerusform>Arrêt en cours&#xa0;: plus aucune nouvelle requête. En attente de la réponse à la %n requête déjà envoyée, pour enregistrer ce que Cronofy a fait.</numerusform>
            <numerusform>Arrêt en cours&#xa0;: plus aucune nouvelle requête. En attente des réponses aux %n requêtes déjà envoyées, pour enregistrer ce que Cronofy a fait.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the client secret from the keychain...</source>
        <translation type="vanished">Lecture du secret client dans le trousseau…</translation>
    </message>
    <message>
        <source>Export failures</source>
        <translation>Exporter les échecs</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>%1-failures.csv</source>
        <translation>%1-echecs.csv</translation>
    </message>
    <message>
        <source>The failures could not be written to %1 (%2). Choose another folder and try again.</source>
        <translation>Les échecs n’ont pas pu être écrits dans %1 (%2). Choisissez un autre dossier et réessayez.</translation>
    </message>
    <message>
        <source>The failures were saved to %1.</source>
        <translation>Les échecs ont été enregistrés dans %1.</translation>
    </message>
    <message>
        <source>Provision the &amp;revoked calendars again (you revoked them)</source>
        <translation>&amp;Provisionner à nouveau les calendriers révoqués (vous les avez révoqués)</translation>
    </message>
    <message>
        <source>Provision the revoked calendars again</source>
        <translation>Provisionner à nouveau les calendriers révoqués</translation>
    </message>
    <message numerus="yes">
        <source>%n were revoked and will be skipped unless you tick the box below to provision them again.</source>
        <translation>
            <numerusform>%n a été révoqué et sera ignoré, sauf si vous cochez la case ci-dessous pour le provisionner à nouveau.</numerusform>
            <numerusform>%n ont été révoqués et seront ignorés, sauf si vous cochez la case ci-dessous pour les provisionner à nouveau.</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoked (%1)</source>
        <translation>Révoqués (%1)</translation>
    </message>
    <message>
        <source>You revoked it. Skipped unless you tick to provision the revoked calendars again.</source>
        <translation>Vous l’avez révoqué. Ignoré, sauf si vous cochez pour provisionner à nouveau les calendriers révoqués.</translation>
    </message>
    <message numerus="yes">
        <source>%n invalid ID(s) in the file were not sent; the preview lists them with their lines.</source>
        <translation>
            <numerusform>%n ID non valide du fichier n’a pas été envoyé&#xa0;; l’aperçu l’indique avec sa ligne.</numerusform>
            <numerusform>%n ID non valides du fichier n’ont pas été envoyés&#xa0;; l’aperçu les indique avec leurs lignes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkProvisioner</name>
    <message>
        <source>%1 provisioned, %2 failed, %3 skipped, %4 not started.</source>
        <translation>%1 provisionnés, %2 en échec, %3 ignorés, %4 non commencés.</translation>
    </message>
</context>
<context>
    <name>BulkText</name>
    <message>
        <source>less than a second</source>
        <translation>moins d’une seconde</translation>
    </message>
    <message numerus="yes">
        <source>about %n second(s)</source>
        <translation>
            <numerusform>environ %n seconde</numerusform>
            <numerusform>environ %n secondes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>environ %n minute</numerusform>
            <numerusform>environ %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n hour(s)</source>
        <translation>
            <numerusform>environ %n heure</numerusform>
            <numerusform>environ %n heures</numerusform>
        </translation>
    </message>
    <message>
        <source>about %1 %2</source>
        <extracomment>%1 is &quot;1 hour&quot;/&quot;2 hours&quot;, %2 is &quot;5 minutes&quot;</extracomment>
        <translation>environ %1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
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
        <translation>%1 par seconde</translation>
    </message>
    <message>
        <source>%1 done, %2 failed, %3 remaining, %4 already provisioned</source>
        <translation>%1 terminés, %2 en échec, %3 restants, %4 déjà provisionnés</translation>
    </message>
    <message>
        <source>%1 done, %2 failed, %3 remaining</source>
        <translation>%1 terminés, %2 en échec, %3 restants</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>waiting for Cronofy&apos;s rate limit</source>
        <translation>en attente de la limite de débit de Cronofy</translation>
    </message>
    <message>
        <source>estimating the time left</source>
        <translation>estimation du temps restant</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 restantes</translation>
    </message>
    <message>
        <source>%1 - %2 - %3</source>
        <extracomment>counts, then the rate, then the time left, e.g. &quot;120 done, 2 failed, 878 remaining - 8.3 per second - about 2 minutes left&quot;</extracomment>
        <translation>%1 – %2 – %3</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled. %n calendar(s) were provisioned before the cancel.</source>
        <translation>
            <numerusform>Annulé. %n calendrier avait été provisionné avant l’annulation.</numerusform>
            <numerusform>Annulé. %n calendriers avaient été provisionnés avant l’annulation.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n calendar(s): %1</source>
        <translation>
            <numerusform>Arrêté après %n calendrier&#xa0;: %1</numerusform>
            <numerusform>Arrêté après %n calendriers&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Provisioned %n calendar(s).</source>
        <translation>
            <numerusform>%n calendrier provisionné.</numerusform>
            <numerusform>%n calendriers provisionnés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed; the list below says why for each.</source>
        <translation>
            <numerusform>%n en échec&#xa0;; la liste ci-dessous en donne la raison pour chacun.</numerusform>
            <numerusform>%n en échec&#xa0;; la liste ci-dessous en donne la raison pour chacun.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n were already provisioned and were skipped.</source>
        <translation>
            <numerusform>%n était déjà provisionné et a été ignoré.</numerusform>
            <numerusform>%n étaient déjà provisionnés et ont été ignorés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n were not provisioned yet; run the same list again to continue where it stopped.</source>
        <translation>
            <numerusform>%n n’était pas encore provisionné&#xa0;; relancez la même liste pour reprendre là où elle s’est arrêtée.</numerusform>
            <numerusform>%n n’étaient pas encore provisionnés&#xa0;; relancez la même liste pour reprendre là où elle s’est arrêtée.</numerusform>
        </translation>
    </message>
    <message>
        <source>It took %1 (%2).</source>
        <translation>Durée&#xa0;: %1 (%2).</translation>
    </message>
    <message>
        <source>, %1 revoked (skipped)</source>
        <extracomment>follows &quot;120 done, 2 failed, 878 remaining&quot;</extracomment>
        <translation>, %1 révoqué(s) (ignoré(s))</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <extracomment>%1 is a list of calendar IDs; %n how many more there are</extracomment>
        <translation>
            <numerusform>%1 et %n autre</numerusform>
            <numerusform>%1 et %n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n revoked calendar(s) skipped, since you revoked them: %1.</source>
        <extracomment>%1 names the calendars</extracomment>
        <translation>
            <numerusform>%n calendrier révoqué ignoré, car vous l’avez révoqué&#xa0;: %1.</numerusform>
            <numerusform>%n calendriers révoqués ignorés, car vous les avez révoqués&#xa0;: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarDetailsPane</name>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>Calendar details</source>
        <translation>Détails du calendrier</translation>
    </message>
    <message>
        <source>Select a calendar in the list to see its details here.</source>
        <translation>Sélectionnez un calendrier dans la liste pour voir ses détails ici.</translation>
    </message>
    <message>
        <source>Copy the client ID</source>
        <translation>Copier l’ID client</translation>
    </message>
    <message>
        <source>Copy the calendar ID</source>
        <translation>Copier l’ID du calendrier</translation>
    </message>
    <message>
        <source>Copy the sub</source>
        <translation>Copier le sub</translation>
    </message>
    <message>
        <source>Copy the profile ID</source>
        <translation>Copier l’ID du profil</translation>
    </message>
    <message>
        <source>Application:</source>
        <translation>Application&#xa0;:</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation>ID client&#xa0;:</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>ID client</translation>
    </message>
    <message>
        <source>Calendar ID:</source>
        <translation>ID du calendrier&#xa0;:</translation>
    </message>
    <message>
        <source>Calendar ID</source>
        <translation>ID du calendrier</translation>
    </message>
    <message>
        <source>Sub:</source>
        <translation>Sub&#xa0;:</translation>
    </message>
    <message>
        <source>Sub</source>
        <translation>Sub</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Profil&#xa0;:</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Nom du profil</translation>
    </message>
    <message>
        <source>Profile ID:</source>
        <translation>ID du profil&#xa0;:</translation>
    </message>
    <message>
        <source>Profile ID</source>
        <translation>ID du profil</translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation>Fournisseur&#xa0;:</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Access:</source>
        <translation>Accès&#xa0;:</translation>
    </message>
    <message>
        <source>Access scope</source>
        <translation>Portée de l’accès</translation>
    </message>
    <message>
        <source>Provisioned:</source>
        <translation>Provisionné le&#xa0;:</translation>
    </message>
    <message>
        <source>Provisioned</source>
        <translation>Provisionné le</translation>
    </message>
    <message>
        <source>Last seen working:</source>
        <translation>Dernier fonctionnement constaté&#xa0;:</translation>
    </message>
    <message>
        <source>Last seen working</source>
        <translation>Dernier fonctionnement constaté</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>État&#xa0;:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Last problem</source>
        <translation>Dernier problème</translation>
    </message>
    <message>
        <source>Last problem:</source>
        <translation>Dernier problème&#xa0;:</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Not provisioned yet</source>
        <translation>Pas encore provisionné</translation>
    </message>
    <message>
        <source>Read and write</source>
        <translation>Lecture et écriture</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Pas encore</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Selected calendar</source>
        <translation>Calendrier sélectionné</translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <source>The calendars could not be exported to %1 (%2). Nothing was written there. Choose another folder or free some space, then try again.</source>
        <translation>Les calendriers n’ont pas pu être exportés vers %1 (%2). Rien n’y a été écrit. Choisissez un autre dossier ou libérez de l’espace, puis réessayez.</translation>
    </message>
    <message>
        <source>The list could not be read (%1).</source>
        <translation>La liste n’a pas pu être lue (%1).</translation>
    </message>
    <message>
        <source>Writing failed (%1).</source>
        <translation type="vanished">L’écriture a échoué (%1).</translation>
    </message>
    <message>
        <source>The list could not be read to the end.</source>
        <translation>La liste n’a pas pu être lue jusqu’au bout.</translation>
    </message>
</context>
<context>
    <name>CalendarIdListReader</name>
    <message>
        <source>Listed already on line %1; it is provisioned once.</source>
        <translation>Déjà présent à la ligne %1&#xa0;; il n’est provisionné qu’une fois.</translation>
    </message>
    <message>
        <source>The quotation mark opened on line %1 is never closed, so the file cannot be read as CSV. Fix the quotes on that line and try again.</source>
        <translation>Le guillemet ouvert à la ligne %1 n’est jamais fermé, le fichier ne peut donc pas être lu comme CSV. Corrigez les guillemets sur cette ligne et réessayez.</translation>
    </message>
    <message>
        <source>This row has no calendar ID in the column &quot;%1&quot;. Add one, or delete the row.</source>
        <translation>Cette ligne n’a pas d’ID de calendrier dans la colonne «&#xa0;%1&#xa0;». Ajoutez-en un ou supprimez la ligne.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text. Save it as &quot;CSV UTF-8&quot; or plain UTF-8 text and try again.</source>
        <translation>Le fichier n’est pas du texte UTF-8. Enregistrez-le au format «&#xa0;CSV UTF-8&#xa0;» ou en texte brut UTF-8, puis réessayez.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; cannot be read (%2). Check its permissions and try again.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» ne peut pas être lu (%2). Vérifiez ses autorisations et réessayez.</translation>
    </message>
    <message>
        <source>There is no file &quot;%1&quot;. Check the name and the folder and try again.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» n’existe pas. Vérifiez le nom et le dossier, puis réessayez.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is too large (%2 MB). Split it into files of at most %3 MB.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» est trop volumineux (%2 Mo). Divisez-le en fichiers de %3 Mo au maximum.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; cannot be read (%2). Check it and try again.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» ne peut pas être lu (%2). Vérifiez-le et réessayez.</translation>
    </message>
</context>
<context>
    <name>CalendarsModel</name>
    <message>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Calendar ID</source>
        <translation>ID du calendrier</translation>
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
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Provisioned</source>
        <translation>Provisionné le</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Vu pour la dernière fois</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Dernière erreur</translation>
    </message>
</context>
<context>
    <name>CalendarsPage</name>
    <message>
        <source>Calendars</source>
        <translation>Calendriers</translation>
    </message>
    <message>
        <source>Search by calendar ID, sub or profile</source>
        <translation>Rechercher par ID de calendrier, sub ou profil</translation>
    </message>
    <message>
        <source>Search calendars</source>
        <translation>Rechercher des calendriers</translation>
    </message>
    <message>
        <source>Shows only the calendars whose ID, sub or profile contains the text</source>
        <translation>Affiche uniquement les calendriers dont l’ID, le sub ou le profil contient le texte</translation>
    </message>
    <message>
        <source>Searc&amp;h:</source>
        <translation>Rec&amp;hercher&#xa0;:</translation>
    </message>
    <message>
        <source>Show calendars of application</source>
        <translation>Afficher les calendriers de l’application</translation>
    </message>
    <message>
        <source>App&amp;lication:</source>
        <translation>App&amp;lication&#xa0;:</translation>
    </message>
    <message>
        <source>Show calendars with status</source>
        <translation>Afficher les calendriers ayant l’état</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Révoqué</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>En échec</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>É&amp;tat&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Provision calendar…</source>
        <translation>Pr&amp;ovisionner un calendrier…</translation>
    </message>
    <message>
        <source>Provision a calendar</source>
        <translation>Provisionner un calendrier</translation>
    </message>
    <message>
        <source>Create a calendar for an application, or get an existing one back (Ctrl+P)</source>
        <translation>Créer un calendrier pour une application, ou en récupérer un existant (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Bulk provision…</source>
        <translation>Provisionnement en &amp;masse…</translation>
    </message>
    <message>
        <source>Provision many calendars from a file</source>
        <translation>Provisionner de nombreux calendriers depuis un fichier</translation>
    </message>
    <message>
        <source>Provision many calendars of the application chosen in Application from a CSV or text file</source>
        <translation>Provisionner de nombreux calendriers de l’application choisie dans «&#xa0;Application&#xa0;» depuis un fichier CSV ou texte</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>Verify the selected calendar</source>
        <translation>Vérifier le calendrier sélectionné</translation>
    </message>
    <message>
        <source>Ask Cronofy whether the selected calendar works</source>
        <translation>Demander à Cronofy si le calendrier sélectionné fonctionne</translation>
    </message>
    <message>
        <source>Get fresh &amp;tokens</source>
        <translation>Obtenir de nouveaux &amp;jetons</translation>
    </message>
    <message>
        <source>Get fresh tokens for the selected calendar</source>
        <translation>Obtenir de nouveaux jetons pour le calendrier sélectionné</translation>
    </message>
    <message>
        <source>Copy a new access token for the selected calendar to the clipboard</source>
        <translation>Copier un nouveau jeton d’accès du calendrier sélectionné dans le presse-papiers</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>&amp;Révoquer…</translation>
    </message>
    <message>
        <source>Revoke the selected calendar</source>
        <translation>Révoquer le calendrier sélectionné</translation>
    </message>
    <message>
        <source>Stop the selected calendar&apos;s tokens from working</source>
        <translation>Désactiver les jetons du calendrier sélectionné</translation>
    </message>
    <message>
        <source>E&amp;xport shown as CSV…</source>
        <translation>E&amp;xporter en CSV…</translation>
    </message>
    <message>
        <source>Export the calendars shown as CSV</source>
        <translation>Exporter les calendriers affichés en CSV</translation>
    </message>
    <message>
        <source>Save the calendars the list shows now (after search and filters) as a CSV file for spreadsheets</source>
        <translation>Enregistrer les calendriers actuellement affichés dans la liste (après recherche et filtres) dans un fichier CSV pour tableur</translation>
    </message>
    <message>
        <source>Export shown as &amp;JSON…</source>
        <translation>Exporter en JSO&amp;N…</translation>
    </message>
    <message>
        <source>Export the calendars shown as JSON</source>
        <translation>Exporter les calendriers affichés en JSON</translation>
    </message>
    <message>
        <source>Save the calendars the list shows now (after search and filters) as a JSON file for programs</source>
        <translation>Enregistrer les calendriers actuellement affichés dans la liste (après recherche et filtres) dans un fichier JSON pour des programmes</translation>
    </message>
    <message>
        <source>All applications</source>
        <translation>Toutes les applications</translation>
    </message>
    <message numerus="yes">
        <source>Showing %n calendar(s)</source>
        <translation>
            <numerusform>%n calendrier affiché</numerusform>
            <numerusform>%n calendriers affichés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %n calendar(s) of %1</source>
        <extracomment>%n is the number shown, %1 the number kept in all.</extracomment>
        <translation type="vanished">
            <numerusform>%n calendrier affiché sur %1</numerusform>
            <numerusform>%n calendriers affichés sur %1</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no application yet. Create or import one on the Applications page first.</source>
        <translation>Il n’y a encore aucune application. Créez-en ou importez-en d’abord une sur la page Applications.</translation>
    </message>
    <message>
        <source>Choose the application in the Application list first, then press Bulk provision again.</source>
        <translation>Choisissez d’abord l’application dans la liste «&#xa0;Application&#xa0;», puis cliquez à nouveau sur «&#xa0;Provisionnement en masse&#xa0;».</translation>
    </message>
    <message>
        <source>Could not verify “%1”. %2</source>
        <extracomment>%1 is the calendar ID, %2 the sentence that says what happened and what to do.</extracomment>
        <translation>Impossible de vérifier «&#xa0;%1&#xa0;». %2</translation>
    </message>
    <message>
        <source>“%1” is healthy.</source>
        <translation>«&#xa0;%1&#xa0;» fonctionne correctement.</translation>
    </message>
    <message>
        <source>Verifying with Cronofy…</source>
        <translation>Vérification auprès de Cronofy…</translation>
    </message>
    <message>
        <source>Could not get fresh tokens for “%1”. %2</source>
        <translation>Impossible d’obtenir de nouveaux jetons pour «&#xa0;%1&#xa0;». %2</translation>
    </message>
    <message>
        <source>Getting fresh tokens…</source>
        <translation>Obtention de nouveaux jetons…</translation>
    </message>
    <message>
        <source>Revoke Calendar</source>
        <translation>Révoquer le calendrier</translation>
    </message>
    <message>
        <source>Revoke the calendar “%1” of %2?</source>
        <extracomment>%1 is the calendar ID, %2 the application&apos;s name.</extracomment>
        <translation>Révoquer le calendrier «&#xa0;%1&#xa0;» de %2&#xa0;?</translation>
    </message>
    <message>
        <source>Its tokens stop working at once, and programs that use it lose access. This cannot be undone, except by provisioning the same calendar ID again, which gives it new tokens.</source>
        <translation>Ses jetons cessent immédiatement de fonctionner et les programmes qui l’utilisent perdent l’accès. Cette action est irréversible, sauf en provisionnant à nouveau le même ID de calendrier, ce qui lui donne de nouveaux jetons.</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>&amp;Révoquer</translation>
    </message>
    <message>
        <source>Revoke the calendar</source>
        <translation>Révoquer le calendrier</translation>
    </message>
    <message>
        <source>&amp;Keep It</source>
        <translation>&amp;Conserver</translation>
    </message>
    <message>
        <source>Keep the calendar</source>
        <translation>Conserver le calendrier</translation>
    </message>
    <message>
        <source>Could not revoke “%1”. %2</source>
        <translation>Impossible de révoquer «&#xa0;%1&#xa0;». %2</translation>
    </message>
    <message>
        <source>“%1” is revoked. Provision it again if it is needed later.</source>
        <translation>«&#xa0;%1&#xa0;» est révoqué. Provisionnez-le à nouveau si vous en avez besoin plus tard.</translation>
    </message>
    <message>
        <source>Revoking…</source>
        <translation>Révocation…</translation>
    </message>
    <message numerus="yes">
        <source>Export %n Calendar(s) as CSV</source>
        <translation>
            <numerusform>Exporter %n calendrier en CSV</numerusform>
            <numerusform>Exporter %n calendriers en CSV</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export %n Calendar(s) as JSON</source>
        <translation>
            <numerusform>Exporter %n calendrier en JSON</numerusform>
            <numerusform>Exporter %n calendriers en JSON</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>Could not save %1. %2</source>
        <extracomment>%1 is the file, %2 the reason and what to do.</extracomment>
        <translation>Impossible d’enregistrer %1. %2</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n calendar(s) to %1.</source>
        <translation>
            <numerusform>%n calendrier enregistré dans %1.</numerusform>
            <numerusform>%n calendriers enregistrés dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche en cours…</translation>
    </message>
    <message numerus="yes">
        <source>Showing more than %n calendar(s)…</source>
        <translation>
            <numerusform>Plus de %n calendrier affiché…</numerusform>
            <numerusform>Plus de %n calendriers affichés…</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting calendars…</source>
        <translation>Exportation des calendriers…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="vanished">Annuler</translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="vanished">Exportation</translation>
    </message>
    <message>
        <source>The export was cancelled. Nothing was written to %1.</source>
        <translation>L’exportation a été annulée. Rien n’a été écrit dans %1.</translation>
    </message>
</context>
<context>
    <name>ClearButton</name>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Clear the field</source>
        <translation>Effacer le champ</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Stores the admin API key of a data center in the keychain. The key is read from standard input (never from the command line); on a terminal it is not shown while you type. Find it in the Cronofy dashboard under Admin API.</source>
        <translation type="vanished">Enregistre la clé d’API d’administration d’un centre de données dans le trousseau. La clé est lue sur l’entrée standard (jamais sur la ligne de commande)&#xa0;; dans un terminal, elle n’est pas affichée pendant la saisie. Vous la trouverez dans le tableau de bord Cronofy, sous «&#xa0;Admin API&#xa0;».</translation>
    </message>
    <message>
        <source>The key is read from standard input, never from the command line. Remove &quot;%1&quot; and pipe the key in instead.</source>
        <translation>La clé est lue sur l’entrée standard, jamais sur la ligne de commande. Retirez «&#xa0;%1&#xa0;» et transmettez plutôt la clé par un tube.</translation>
    </message>
    <message>
        <source>Admin API key for %1 (not shown): </source>
        <translation>Clé d’API d’administration pour %1 (non affichée)&#xa0;: </translation>
    </message>
    <message>
        <source>The admin API key for %1 is stored in the keychain.</source>
        <translation>La clé d’API d’administration pour %1 est enregistrée dans le trousseau.</translation>
    </message>
    <message>
        <source>Removes the admin API key of a data center from the keychain.</source>
        <translation type="vanished">Supprime du trousseau la clé d’API d’administration d’un centre de données.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an option of this command.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une option de cette commande.</translation>
    </message>
    <message>
        <source>No admin API key is stored for %1 any more.</source>
        <translation>Plus aucune clé d’API d’administration n’est enregistrée pour %1.</translation>
    </message>
    <message>
        <source>Usage: cronofyctl admin-key set --data-center DC &lt; key
       cronofyctl admin-key remove --data-center DC

Run &quot;cronofyctl admin-key set --help&quot; for details.</source>
        <translation type="vanished">Utilisation&#xa0;: cronofyctl admin-key set --data-center DC &lt; clé
              cronofyctl admin-key remove --data-center DC

Pour les détails, lancez «&#xa0;cronofyctl admin-key set --help&#xa0;».</translation>
    </message>
    <message>
        <source>Say what to do with the admin API key: set or remove.</source>
        <translation type="vanished">Indiquez que faire de la clé d’API d’administration&#xa0;: set ou remove.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not something cronofyctl admin-key can do; use set or remove.</source>
        <translation type="vanished">«&#xa0;%1&#xa0;» n’est pas une action de cronofyctl admin-key&#xa0;; utilisez set ou remove.</translation>
    </message>
    <message>
        <source>Creates a Cronofy application with the data center&apos;s admin API key (stored with &quot;cronofyctl admin-key set&quot;) and prints its client_id. Its client_secret goes to the keychain; Cronofy shows it only once. If the keychain cannot store it, the secret is printed with a warning and the exit code is 3: save it at once.</source>
        <translation type="vanished">Crée une application Cronofy avec la clé d’API d’administration du centre de données (enregistrée avec «&#xa0;cronofyctl admin-key set&#xa0;») et affiche son client_id. Son client_secret va dans le trousseau&#xa0;; Cronofy ne l’affiche qu’une fois. Si le trousseau ne peut pas l’enregistrer, le secret est affiché avec un avertissement et le code de sortie est 3&#xa0;: enregistrez-le immédiatement.</translation>
    </message>
    <message>
        <source>The application&apos;s name, shown to people when they connect a calendar.</source>
        <translation>Le nom de l’application, affiché aux personnes qui connectent un calendrier.</translation>
    </message>
    <message>
        <source>The application&apos;s home page, e.g. https://example.com.</source>
        <translation>La page d’accueil de l’application, par ex. https://example.com.</translation>
    </message>
    <message>
        <source>Also print the client secret (on the line after the client_id).</source>
        <translation>Afficher aussi le secret client (sur la ligne après le client_id).</translation>
    </message>
    <message>
        <source>Read the admin API key from standard input for this call only, instead of the keychain. It is not stored.</source>
        <translation type="vanished">Lire la clé d’API d’administration sur l’entrée standard pour cet appel uniquement, au lieu du trousseau. Elle n’est pas enregistrée.</translation>
    </message>
    <message>
        <source>WARNING: the client secret printed above was NOT stored in the keychain: %1</source>
        <translation>AVERTISSEMENT&#xa0;: le secret client affiché ci-dessus n’a PAS été enregistré dans le trousseau&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cronofy will not show it again. Save it now (for example in a password manager), then store it with: cronofyctl app set-secret --client-id %1</source>
        <translation type="vanished">Cronofy ne l’affichera plus. Enregistrez-le maintenant (par exemple dans un gestionnaire de mots de passe), puis stockez-le avec&#xa0;: cronofyctl app set-secret --client-id %1</translation>
    </message>
    <message>
        <source>The application was created and its secret is in the keychain, but it is not in the list. The client secret is printed above; add the application with &quot;cronofyctl app import&quot; once the problem is fixed.</source>
        <translation>L’application a été créée et son secret est dans le trousseau, mais elle ne figure pas dans la liste. Le secret client est affiché ci-dessus&#xa0;; ajoutez l’application avec «&#xa0;cronofyctl app import&#xa0;» une fois le problème résolu.</translation>
    </message>
    <message>
        <source>Adds an application made in the Cronofy dashboard. Its client secret is read from standard input and checked with Cronofy before it is stored in the keychain.</source>
        <translation type="vanished">Ajoute une application créée dans le tableau de bord Cronofy. Son secret client est lu sur l’entrée standard et vérifié auprès de Cronofy avant d’être enregistré dans le trousseau.</translation>
    </message>
    <message>
        <source>The application&apos;s client_id.</source>
        <translation>Le client_id de l’application.</translation>
    </message>
    <message>
        <source>A name for the list (default: the client_id).</source>
        <translation type="vanished">Un nom pour la liste (par défaut&#xa0;: le client_id).</translation>
    </message>
    <message>
        <source>--client-id: %1</source>
        <translation>--client-id&#xa0;: %1</translation>
    </message>
    <message>
        <source>Client secret of %1 (not shown): </source>
        <translation>Secret client de %1 (non affiché)&#xa0;: </translation>
    </message>
    <message>
        <source>Stores or replaces the client secret of an application in the list (after a rotation in the Cronofy dashboard, or when the keychain could not store it). The secret is read from standard input.</source>
        <translation type="vanished">Enregistre ou remplace le secret client d’une application de la liste (après une rotation dans le tableau de bord Cronofy, ou si le trousseau n’a pas pu l’enregistrer). Le secret est lu sur l’entrée standard.</translation>
    </message>
    <message>
        <source>The application %1 is not in the list. Add it with &quot;cronofyctl app import&quot;.</source>
        <translation type="vanished">L’application %1 ne figure pas dans la liste. Ajoutez-la avec «&#xa0;cronofyctl app import&#xa0;».</translation>
    </message>
    <message>
        <source>The client secret of %1 is stored in the keychain.</source>
        <translation type="vanished">Le secret client de %1 est enregistré dans le trousseau.</translation>
    </message>
    <message>
        <source>Cronofy will not show it again. Save it now (for example in a password manager), then store it with: cronofyctl app import --data-center %1 --client-id %2</source>
        <translation>Cronofy ne l’affichera plus. Enregistrez-le maintenant (par exemple dans un gestionnaire de mots de passe), puis stockez-le avec&#xa0;: cronofyctl app import --data-center %1 --client-id %2</translation>
    </message>
    <message>
        <source>The application was already in the list; its new client secret is stored in the keychain.</source>
        <translation>L’application figurait déjà dans la liste&#xa0;; son nouveau secret client est enregistré dans le trousseau.</translation>
    </message>
    <message>
        <source>Adds an application made in the Cronofy dashboard. Its client secret is read from standard input and checked with Cronofy before it is stored in the keychain. If the application is already in the list, its client secret is replaced (after a rotation in the dashboard, or when the keychain could not store it).</source>
        <translation>Ajoute une application créée dans le tableau de bord Cronofy. Son secret client est lu sur l’entrée standard et vérifié auprès de Cronofy avant d’être enregistré dans le trousseau. Si l’application figure déjà dans la liste, son secret client est remplacé (après une rotation dans le tableau de bord, ou si le trousseau n’a pas pu l’enregistrer).</translation>
    </message>
    <message>
        <source>The application %1 is in the list for the data center %2, not %3. Run the command again with --data-center %2.</source>
        <translation>L’application %1 figure dans la liste pour le centre de données %2, et non %3. Relancez la commande avec --data-center %2.</translation>
    </message>
    <message>
        <source>Lists the applications this computer created or imported. Never prints a secret.</source>
        <translation>Liste les applications que cet ordinateur a créées ou importées. N’affiche jamais de secret.</translation>
    </message>
    <message>
        <source>Print a JSON array instead of a table.</source>
        <translation>Afficher un tableau JSON au lieu d’un tableau de texte.</translation>
    </message>
    <message>
        <source>No applications yet. Create one with &quot;cronofyctl app create&quot; or add one with &quot;cronofyctl app import&quot;.</source>
        <translation>Aucune application pour l’instant. Créez-en une avec «&#xa0;cronofyctl app create&#xa0;» ou ajoutez-en une avec «&#xa0;cronofyctl app import&#xa0;».</translation>
    </message>
    <message>
        <source>stored</source>
        <translation>enregistré</translation>
    </message>
    <message>
        <source>NOT STORED</source>
        <translation>NON ENREGISTRÉ</translation>
    </message>
    <message>
        <source>CLIENT_ID</source>
        <translation>CLIENT_ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>DATA_CENTER</source>
        <translation>CENTRE_DE_DONNÉES</translation>
    </message>
    <message>
        <source>SECRET</source>
        <translation>SECRET</translation>
    </message>
    <message>
        <source>ADDED</source>
        <translation>AJOUTÉE</translation>
    </message>
    <message>
        <source>Usage: cronofyctl app create --data-center DC --name NAME --url URL [--show-secret]
       cronofyctl app import --data-center DC --client-id ID &lt; secret
       cronofyctl app list [--json]

Run &quot;cronofyctl app create --help&quot; (and so on) for details.</source>
        <translation type="vanished">Utilisation&#xa0;: cronofyctl app create --data-center DC --name NOM --url URL [--show-secret]
              cronofyctl app import --data-center DC --client-id ID &lt; secret
              cronofyctl app list [--json]

Pour les détails, lancez «&#xa0;cronofyctl app create --help&#xa0;» (et ainsi de suite).</translation>
    </message>
    <message>
        <source>Say what to do with applications: create, import or list.</source>
        <translation type="vanished">Indiquez que faire des applications&#xa0;: create, import ou list.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not something cronofyctl app can do; use create, import or list.</source>
        <translation type="vanished">«&#xa0;%1&#xa0;» n’est pas une action de cronofyctl app&#xa0;; utilisez create, import ou list.</translation>
    </message>
    <message>
        <source>Usage: cronofyctl app create --data-center DC --name NAME --url URL [--show-secret]
       cronofyctl app import --data-center DC --client-id ID [--name NAME] &lt; secret
       cronofyctl app set-secret --client-id ID &lt; secret
       cronofyctl app list [--json]

Run &quot;cronofyctl app create --help&quot; (and so on) for details.</source>
        <translation type="vanished">Utilisation&#xa0;: cronofyctl app create --data-center DC --name NOM --url URL [--show-secret]
              cronofyctl app import --data-center DC --client-id ID [--name NOM] &lt; secret
              cronofyctl app set-secret --client-id ID &lt; secret
              cronofyctl app list [--json]

Pour les détails, lancez «&#xa0;cronofyctl app create --help&#xa0;» (et ainsi de suite).</translation>
    </message>
    <message>
        <source>Say what to do with applications: create, import, set-secret or list.</source>
        <translation type="vanished">Indiquez que faire des applications&#xa0;: create, import, set-secret ou list.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not something cronofyctl app can do; use create, import, set-secret or list.</source>
        <translation type="vanished">«&#xa0;%1&#xa0;» n’est pas une action de cronofyctl app&#xa0;; utilisez create, import, set-secret ou list.</translation>
    </message>
    <message>
        <source>The application&apos;s client_id (see &quot;cronofyctl app list&quot;).</source>
        <translation>Le client_id de l’application (voir «&#xa0;cronofyctl app list&#xa0;»).</translation>
    </message>
    <message>
        <source>Say which application with --app CLIENT_ID.</source>
        <translation>Indiquez l’application avec --app CLIENT_ID.</translation>
    </message>
    <message>
        <source>The application %1 is not in the list. See &quot;cronofyctl app list&quot;, or add it with &quot;cronofyctl app import&quot;.</source>
        <translation>L’application %1 ne figure pas dans la liste. Consultez «&#xa0;cronofyctl app list&#xa0;», ou ajoutez-la avec «&#xa0;cronofyctl app import&#xa0;».</translation>
    </message>
    <message>
        <source>Provisions application calendars, paced to Cronofy&apos;s limits per application (50 requests per second and 500 per minute unless changed). Each result is saved at once, so after an interruption the same command continues where it stopped: calendars already provisioned are skipped (unless --refresh). A CSV file needs a header row; the column application_calendar_id is used, or else the first column. A plain text file has one ID per line. Duplicates are provisioned once; if any ID is invalid nothing is sent.</source>
        <translation type="vanished">Provisionne des calendriers d’application au rythme des limites de Cronofy par application (50 requêtes par seconde et 500 par minute, sauf modification). Chaque résultat est enregistré immédiatement&#xa0;: après une interruption, la même commande reprend là où elle s’est arrêtée et les calendriers déjà provisionnés sont ignorés (sauf avec --refresh). Un fichier CSV doit avoir une ligne d’en-tête&#xa0;; la colonne application_calendar_id est utilisée, sinon la première colonne. Un fichier texte brut contient un ID par ligne. Les doublons sont provisionnés une seule fois&#xa0;; si un ID n’est pas valide, rien n’est envoyé.</translation>
    </message>
    <message>
        <source>Read the IDs from this file (CSV with a header, or one ID per line).</source>
        <translation>Lire les ID dans ce fichier (CSV avec en-tête, ou un ID par ligne).</translation>
    </message>
    <message>
        <source>Requests in flight at once, 1 to 64 (default 4).</source>
        <translation>Requêtes simultanées, de 1 à 64 (4 par défaut).</translation>
    </message>
    <message>
        <source>At most N requests per second, e.g. 50/s (default 50; 0 = no limit).</source>
        <translation>Au plus N requêtes par seconde, par ex. 50/s (50 par défaut&#xa0;; 0 = aucune limite).</translation>
    </message>
    <message>
        <source>At most N requests per minute (default 500; 0 = no limit).</source>
        <translation>Au plus N requêtes par minute (500 par défaut&#xa0;; 0 = aucune limite).</translation>
    </message>
    <message>
        <source>Provision again the calendars that are already provisioned.</source>
        <translation>Provisionner à nouveau les calendriers déjà provisionnés.</translation>
    </message>
    <message>
        <source>Calendar IDs to provision.</source>
        <translation>ID des calendriers à provisionner.</translation>
    </message>
    <message>
        <source>--concurrency takes a whole number from 1 to 64.</source>
        <translation>--concurrency attend un nombre entier de 1 à 64.</translation>
    </message>
    <message>
        <source>--rate takes requests per second, e.g. 50/s (0 turns the limit off).</source>
        <translation>--rate attend un nombre de requêtes par seconde, par ex. 50/s (0 désactive la limite).</translation>
    </message>
    <message>
        <source>--per-minute takes a whole number of requests per minute, e.g. 500 (0 turns the limit off).</source>
        <translation>--per-minute attend un nombre entier de requêtes par minute, par ex. 500 (0 désactive la limite).</translation>
    </message>
    <message>
        <source>Give the calendar IDs either on the command line or with --csv, not both.</source>
        <translation>Indiquez les ID de calendrier soit sur la ligne de commande, soit avec --csv, pas les deux.</translation>
    </message>
    <message>
        <source>Give the calendar IDs to provision, or a file with --csv FILE.</source>
        <translation>Indiquez les ID de calendrier à provisionner, ou un fichier avec --csv FICHIER.</translation>
    </message>
    <message>
        <source>line</source>
        <translation>ligne</translation>
    </message>
    <message>
        <source>argument</source>
        <translation>argument</translation>
    </message>
    <message>
        <source>%1 %2: &quot;%3&quot;: %4</source>
        <extracomment>&quot;line 12: &quot;room-1&quot;: Listed already on line 3...&quot; / &quot;argument 2: ...&quot;</extracomment>
        <translation>%1 %2&#xa0;: «&#xa0;%3&#xa0;»&#xa0;: %4</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was sent: %n calendar ID(s) cannot be used. Correct or remove them and run the command again.</source>
        <translation>
            <numerusform>Rien n’a été envoyé&#xa0;: %n ID de calendrier n’est pas utilisable. Corrigez-le ou retirez-le, puis relancez la commande.</numerusform>
            <numerusform>Rien n’a été envoyé&#xa0;: %n ID de calendrier ne sont pas utilisables. Corrigez-les ou retirez-les, puis relancez la commande.</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no calendar IDs in %1. Put one ID per line, or use a CSV file with an application_calendar_id column.</source>
        <translation>%1 ne contient aucun ID de calendrier. Mettez un ID par ligne, ou utilisez un fichier CSV avec une colonne application_calendar_id.</translation>
    </message>
    <message>
        <source>failed: %1: %2</source>
        <translation>échec&#xa0;: %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Stopping: no new requests; waiting for the %n in flight to finish. Press Ctrl-C again to quit at once (what is done is already saved).</source>
        <translation>
            <numerusform>Arrêt&#xa0;: plus de nouvelles requêtes&#xa0;; attente de la fin de la %n requête en cours. Appuyez de nouveau sur Ctrl+C pour quitter immédiatement (ce qui est fait est déjà enregistré).</numerusform>
            <numerusform>Arrêt&#xa0;: plus de nouvelles requêtes&#xa0;; attente de la fin des %n requêtes en cours. Appuyez de nouveau sur Ctrl+C pour quitter immédiatement (ce qui est fait est déjà enregistré).</numerusform>
        </translation>
    </message>
    <message>
        <source>Interrupted: %1 done, %2 failed, %3 not started. Run the same command again to continue; calendars already provisioned are skipped.</source>
        <translation>Interrompu&#xa0;: %1 terminés, %2 en échec, %3 non commencés. Relancez la même commande pour continuer&#xa0;; les calendriers déjà provisionnés sont ignorés.</translation>
    </message>
    <message>
        <source>Lists the application calendars in the list, of one application or of all. Never prints a token.</source>
        <translation>Liste les calendriers d’application de la liste, d’une application ou de toutes. N’affiche jamais de jeton.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Afficher du JSON.</translation>
    </message>
    <message>
        <source>Print CSV with a header row.</source>
        <translation>Afficher du CSV avec une ligne d’en-tête.</translation>
    </message>
    <message>
        <source>Choose either --json or --csv.</source>
        <translation>Choisissez soit --json, soit --csv.</translation>
    </message>
    <message>
        <source>No calendars yet. Provision some with &quot;cronofyctl calendar provision&quot;.</source>
        <translation>Aucun calendrier pour l’instant. Provisionnez-en avec «&#xa0;cronofyctl calendar provision&#xa0;».</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>révoqué</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>en échec</translation>
    </message>
    <message>
        <source>APPLICATION_CALENDAR_ID</source>
        <translation>APPLICATION_CALENDAR_ID</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>ÉTAT</translation>
    </message>
    <message>
        <source>SUB</source>
        <translation>SUB</translation>
    </message>
    <message>
        <source>PROVISIONED</source>
        <translation>PROVISIONNÉ</translation>
    </message>
    <message>
        <source>LAST_ERROR</source>
        <translation>DERNIÈRE_ERREUR</translation>
    </message>
    <message>
        <source>Revoked %1.</source>
        <translation>%1 révoqué.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Revokes application calendars by their sub (apc_...): their tokens stop working and the list marks them revoked.</source>
        <translation>Révoque des calendriers d’application d’après leur sub (apc_...)&#xa0;: leurs jetons cessent de fonctionner et la liste les marque comme révoqués.</translation>
    </message>
    <message>
        <source>The subs to revoke.</source>
        <translation>Les sub à révoquer.</translation>
    </message>
    <message>
        <source>Give the sub of each calendar to revoke (see &quot;cronofyctl calendar list&quot;).</source>
        <translation>Indiquez le sub de chaque calendrier à révoquer (voir «&#xa0;cronofyctl calendar list&#xa0;»).</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Checks an application calendar: gets fresh tokens (provisioning is idempotent), then asks Cronofy for its authorization and its calendars. Tokens are never printed.</source>
        <translation>Vérifie un calendrier d’application&#xa0;: obtient de nouveaux jetons (le provisionnement est idempotent), puis demande à Cronofy son autorisation et ses calendriers. Les jetons ne sont jamais affichés.</translation>
    </message>
    <message>
        <source>The application_calendar_id.</source>
        <translation>L’application_calendar_id.</translation>
    </message>
    <message>
        <source>Give exactly one calendar ID to verify.</source>
        <translation>Indiquez exactement un ID de calendrier à vérifier.</translation>
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
        <translation>profil</translation>
    </message>
    <message>
        <source>scope</source>
        <translation>portée</translation>
    </message>
    <message>
        <source>authorization</source>
        <translation>autorisation</translation>
    </message>
    <message>
        <source>primary</source>
        <translation>principal</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>lecture seule</translation>
    </message>
    <message>
        <source>writable</source>
        <translation>accessible en écriture</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <source>calendar</source>
        <translation>calendrier</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>FIELD</source>
        <translation>CHAMP</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>VALEUR</translation>
    </message>
    <message>
        <source>Healthy: the calendar is authorized and has one writable primary calendar.</source>
        <translation>Fonctionnel&#xa0;: le calendrier est autorisé et possède un seul calendrier principal accessible en écriture.</translation>
    </message>
    <message>
        <source>Not healthy: Cronofy answered, but the calendar is not authorized or has no single writable primary calendar. Provision it again, or revoke it and provision a new one.</source>
        <translation>Non fonctionnel&#xa0;: Cronofy a répondu, mais le calendrier n’est pas autorisé ou n’a pas un seul calendrier principal accessible en écriture. Provisionnez-le à nouveau, ou révoquez-le et provisionnez-en un nouveau.</translation>
    </message>
    <message>
        <source>Usage: cronofyctl calendar provision --app CLIENT_ID (ID... | --csv FILE) [--concurrency N] [--rate N/s] [--per-minute N] [--refresh]
       cronofyctl calendar list [--app CLIENT_ID] [--json | --csv]
       cronofyctl calendar revoke --app CLIENT_ID SUB...
       cronofyctl calendar verify --app CLIENT_ID ID

Run &quot;cronofyctl calendar provision --help&quot; (and so on) for details.</source>
        <translation type="vanished">Utilisation&#xa0;: cronofyctl calendar provision --app CLIENT_ID (ID... | --csv FICHIER) [--concurrency N] [--rate N/s] [--per-minute N] [--refresh]
              cronofyctl calendar list [--app CLIENT_ID] [--json | --csv]
              cronofyctl calendar revoke --app CLIENT_ID SUB...
              cronofyctl calendar verify --app CLIENT_ID ID

Pour les détails, lancez «&#xa0;cronofyctl calendar provision --help&#xa0;» (et ainsi de suite).</translation>
    </message>
    <message>
        <source>Say what to do with calendars: provision, list, revoke or verify.</source>
        <translation type="vanished">Indiquez que faire des calendriers&#xa0;: provision, list, revoke ou verify.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not something cronofyctl calendar can do; use provision, list, revoke or verify.</source>
        <translation type="vanished">«&#xa0;%1&#xa0;» n’est pas une action de cronofyctl calendar&#xa0;; utilisez provision, list, revoke ou verify.</translation>
    </message>
    <message>
        <source>The list of applications and calendars was damaged; it was moved to %1 and a new, empty one was started.</source>
        <translation>La liste des applications et des calendriers était endommagée&#xa0;; elle a été déplacée vers %1 et une nouvelle liste vide a été créée.</translation>
    </message>
    <message>
        <source>The Cronofy data center: us, au, ca, de, sg or uk, or a base URL such as http://127.0.0.1:8080 for a local sandbox.</source>
        <translation>Le centre de données Cronofy&#xa0;: us, au, ca, de, sg ou uk, ou une URL de base comme http://127.0.0.1:8080 pour un bac à sable local.</translation>
    </message>
    <message>
        <source>Say which data center with --data-center (us, au, ca, de, sg or uk).</source>
        <translation>Indiquez le centre de données avec --data-center (us, au, ca, de, sg ou uk).</translation>
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
        <translation type="vanished">Utilisation&#xa0;: cronofyctl COMMANDE [options]

Cronofy Console en ligne de commande&#xa0;: la même liste d’applications et de calendriers et le même trousseau que la fenêtre.

Commandes&#xa0;:
  admin-key set --data-center DC &lt; key      enregistrer la clé d’API d’administration d’un centre de données (depuis stdin)
  admin-key remove --data-center DC         la supprimer
  app create --data-center DC --name NAME --url URL [--show-secret]
                                            créer une application&#xa0;; affiche son client_id
  app import --data-center DC --client-id ID [--name NAME] &lt; client-secret
                                            ajouter une application créée dans le tableau de bord
  app set-secret --client-id ID &lt; client-secret
                                            enregistrer ou remplacer le secret client d’une application
  app list [--json]                         lister les applications
  calendar provision --app CLIENT_ID (ID... | --csv FILE) [--concurrency N] [--rate N/s]
                     [--per-minute N] [--refresh]
                                            provisionner des calendriers d’application, au rythme imposé et avec reprise
  calendar list [--app CLIENT_ID] [--json | --csv]
                                            lister les calendriers d’application
  calendar revoke --app CLIENT_ID SUB...    révoquer des calendriers d’application
  calendar verify --app CLIENT_ID ID        vérifier un calendrier d’application

DC vaut us, au, ca, de, sg ou uk, ou une URL de base (https, ou http non chiffré sur cet ordinateur uniquement).
Les secrets sont lus sur l’entrée standard, jamais sur la ligne de commande.
Lancez «&#xa0;cronofyctl COMMANDE ACTION --help&#xa0;» pour les options de chaque commande.

</translation>
    </message>
    <message>
        <source>The input is longer than 64 KB, which no Cronofy key is. Pass only the key on standard input.</source>
        <translation>L’entrée dépasse 64 Ko, ce qu’aucune clé Cronofy ne fait. Transmettez uniquement la clé sur l’entrée standard.</translation>
    </message>
    <message>
        <source>Nothing was typed. Paste the value and press Enter.</source>
        <translation>Rien n’a été saisi. Collez la valeur et appuyez sur Entrée.</translation>
    </message>
    <message>
        <source>Standard input was empty. Pass the value on standard input, for example from a password manager: pass show cronofy | cronofyctl ...</source>
        <translation>L’entrée standard était vide. Transmettez la valeur sur l’entrée standard, par exemple depuis un gestionnaire de mots de passe&#xa0;: pass show cronofy | cronofyctl ...</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>How many seconds to wait for each answer from Cronofy (default 30; the environment variable CRONOFYCTL_TIMEOUT_MS sets it in milliseconds).</source>
        <translation type="vanished">Nombre de secondes d’attente de chaque réponse de Cronofy (30 par défaut&#xa0;; la variable d’environnement CRONOFYCTL_TIMEOUT_MS le définit en millisecondes).</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds from 1 to 3600.</source>
        <translation type="vanished">--timeout attend un nombre de secondes de 1 à 3600.</translation>
    </message>
    <message>
        <source>Usage: cronofyctl %1 %2</source>
        <translation>Utilisation&#xa0;: cronofyctl %1 %2</translation>
    </message>
    <message>
        <source>Run &quot;cronofyctl %1 --help&quot; to see how to use it.</source>
        <translation>Lancez «&#xa0;cronofyctl %1 --help&#xa0;» pour voir comment l’utiliser.</translation>
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
        <translation type="vanished">Codes de sortie&#xa0;:
  0  terminé
  1  ligne de commande ou saisie incorrecte&#xa0;; rien n’a été envoyé
  2  Cronofy ou le réseau a refusé ou échoué
  3  le trousseau (ou la liste locale des applications et des calendriers) n’a pas pu être
     lu ou écrit&#xa0;; si un nouveau secret client n’a pas pu être enregistré, il est affiché&#xa0;:
     enregistrez-le
  4  un traitement en masse s’est terminé, mais certains calendriers ont échoué
  130  un traitement en masse a été interrompu par Ctrl+C (143&#xa0;: par SIGTERM)&#xa0;; ce qui est
       terminé est enregistré, et la même commande reprend là où elle s’est arrêtée</translation>
    </message>
    <message>
        <source>Exit codes:
  0  done
  1  wrong command line or input; nothing was sent
  2  Cronofy or the network refused or failed
  3  the keychain (or the local list of applications and calendars) could not be read or
     written; if a new client secret could not be stored, it is printed: save it
  4  a bulk run finished but some calendars failed</source>
        <translation type="vanished">Codes de sortie&#xa0;:
  0  terminé
  1  ligne de commande ou saisie incorrecte&#xa0;; rien n’a été envoyé
  2  Cronofy ou le réseau a refusé ou échoué
  3  le trousseau (ou la liste locale des applications et des calendriers) n’a pas pu être
     lu ou écrit&#xa0;; si un nouveau secret client n’a pas pu être enregistré, il est affiché&#xa0;:
     enregistrez-le
  4  un traitement en masse s’est terminé, mais certains calendriers ont échoué</translation>
    </message>
    <message>
        <source>Exit codes:
  0  done
  1  wrong command line or input; nothing was sent
  2  Cronofy or the network refused or failed
  3  the keychain could not be read or written (a new client secret is then printed: save it)
  4  a bulk run finished but some calendars failed
  5  the local list of applications and calendars could not be read or written</source>
        <translation type="vanished">Codes de sortie&#xa0;:
  0  terminé
  1  ligne de commande ou saisie incorrecte&#xa0;; rien n’a été envoyé
  2  Cronofy ou le réseau a refusé ou échoué
  3  le trousseau n’a pas pu être lu ou écrit (un nouveau secret client est alors affiché&#xa0;: enregistrez-le)
  4  un traitement en masse s’est terminé, mais certains calendriers ont échoué
  5  la liste locale des applications et des calendriers n’a pas pu être lue ou écrite</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a cronofyctl command. Run &quot;cronofyctl --help&quot; to see the commands.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une commande cronofyctl. Lancez «&#xa0;cronofyctl --help&#xa0;» pour voir les commandes.</translation>
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
        <translation type="vanished">Utilisation&#xa0;: cronofyctl COMMANDE [options]

Cronofy Console en ligne de commande&#xa0;: la même liste d’applications et de calendriers et le même trousseau que la fenêtre.

Commandes&#xa0;:
  admin-key set --data-center DC &lt; key      enregistrer la clé d’API d’administration d’un centre de données (depuis stdin)
  admin-key remove --data-center DC         la supprimer
  app create --data-center DC --name NAME --url URL [--show-secret]
                                            créer une application&#xa0;; affiche son client_id
  app import --data-center DC --client-id ID &lt; client-secret
                                            ajouter une application créée dans le tableau de bord, ou
                                            remplacer le secret client d’une application de la liste
  app list [--json]                         lister les applications
  calendar provision --app CLIENT_ID (ID... | --csv FILE) [--concurrency N] [--rate N/s]
                     [--per-minute N] [--refresh]
                                            provisionner des calendriers d’application, au rythme imposé et avec reprise
  calendar list [--app CLIENT_ID] [--json | --csv]
                                            lister les calendriers d’application
  calendar revoke --app CLIENT_ID SUB...    révoquer des calendriers d’application
  calendar verify --app CLIENT_ID ID        vérifier un calendrier d’application

DC vaut us, au, ca, de, sg ou uk, ou une URL de base (https, ou http non chiffré sur cet ordinateur uniquement).
Les secrets sont lus sur l’entrée standard, jamais sur la ligne de commande.
Lancez «&#xa0;cronofyctl COMMANDE ACTION --help&#xa0;» pour les options de chaque commande.

</translation>
    </message>
    <message>
        <source>Provisions application calendars, paced to Cronofy&apos;s limits per application (50 requests per second and 500 per minute unless changed). Each result is saved at once, so after an interruption the same command continues where it stopped: calendars already provisioned are skipped (unless --refresh). Calendars you revoked are skipped and named, unless --include-revoked is given. A CSV file needs a header row; the column application_calendar_id is used, or else the first column. A plain text file has one ID per line. Duplicates are provisioned once; if any ID is invalid nothing is sent.</source>
        <translation>Provisionne des calendriers d’application au rythme des limites de Cronofy par application (50 requêtes par seconde et 500 par minute, sauf modification). Chaque résultat est enregistré immédiatement&#xa0;: après une interruption, la même commande reprend là où elle s’est arrêtée et les calendriers déjà provisionnés sont ignorés (sauf avec --refresh). Les calendriers que vous avez révoqués sont ignorés et nommés, sauf avec --include-revoked. Un fichier CSV doit avoir une ligne d’en-tête&#xa0;; la colonne application_calendar_id est utilisée, sinon la première colonne. Un fichier texte brut contient un ID par ligne. Les doublons sont provisionnés une seule fois&#xa0;; si un ID n’est pas valide, rien n’est envoyé.</translation>
    </message>
    <message>
        <source>Provision again the calendars that were revoked (skipped otherwise).</source>
        <translation>Provisionner à nouveau les calendriers révoqués (ignorés sinon).</translation>
    </message>
    <message>
        <source>Give --include-revoked to provision them again.</source>
        <translation>Ajoutez --include-revoked pour les provisionner à nouveau.</translation>
    </message>
    <message>
        <source>Usage: cronofyctl calendar provision --app CLIENT_ID (ID... | --csv FILE) [--concurrency N] [--rate N/s] [--per-minute N] [--refresh] [--include-revoked]
       cronofyctl calendar list [--app CLIENT_ID] [--json | --csv]
       cronofyctl calendar revoke --app CLIENT_ID SUB...
       cronofyctl calendar verify --app CLIENT_ID ID

Run &quot;cronofyctl calendar provision --help&quot; (and so on) for details.</source>
        <translation type="vanished">Utilisation&#xa0;: cronofyctl calendar provision --app CLIENT_ID (ID... | --csv FICHIER) [--concurrency N] [--rate N/s] [--per-minute N] [--refresh] [--include-revoked]
              cronofyctl calendar list [--app CLIENT_ID] [--json | --csv]
              cronofyctl calendar revoke --app CLIENT_ID SUB...
              cronofyctl calendar verify --app CLIENT_ID ID

Pour les détails, lancez «&#xa0;cronofyctl calendar provision --help&#xa0;» (et ainsi de suite).</translation>
    </message>
    <message>
        <source>store a data center&apos;s admin API key (from stdin)</source>
        <translation>enregistrer la clé d’API d’administration d’un centre de données (depuis stdin)</translation>
    </message>
    <message>
        <source>remove a data center&apos;s admin API key</source>
        <translation>supprimer la clé d’API d’administration d’un centre de données</translation>
    </message>
    <message>
        <source>create an application; prints its client_id</source>
        <translation>créer une application&#xa0;; affiche son client_id</translation>
    </message>
    <message>
        <source>add an application made in the dashboard, or replace the client secret of one in the list</source>
        <translation>ajouter une application créée dans le tableau de bord, ou remplacer le secret client d’une application de la liste</translation>
    </message>
    <message>
        <source>list the applications</source>
        <translation>lister les applications</translation>
    </message>
    <message>
        <source>provision application calendars, paced and resumable</source>
        <translation>provisionner des calendriers d’application, au rythme permis et avec reprise</translation>
    </message>
    <message>
        <source>list application calendars</source>
        <translation>lister les calendriers d’application</translation>
    </message>
    <message>
        <source>revoke application calendars</source>
        <translation>révoquer des calendriers d’application</translation>
    </message>
    <message>
        <source>check an application calendar</source>
        <translation>vérifier un calendrier d’application</translation>
    </message>
    <message>
        <source>the admin API key of a data center</source>
        <translation>la clé d’API d’administration d’un centre de données</translation>
    </message>
    <message>
        <source>Cronofy applications and their client secrets</source>
        <translation>les applications Cronofy et leurs secrets client</translation>
    </message>
    <message>
        <source>application calendars</source>
        <translation>calendriers d’application</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>wrong command line or input; nothing was sent</source>
        <translation>ligne de commande ou saisie incorrecte&#xa0;; rien n’a été envoyé</translation>
    </message>
    <message>
        <source>Cronofy or the network refused or failed</source>
        <translation>Cronofy ou le réseau a refusé ou échoué</translation>
    </message>
    <message>
        <source>the keychain (or the local list of applications and calendars) could not be read or written; if a new client secret could not be stored, it is printed: save it</source>
        <translation>le trousseau (ou la liste locale des applications et calendriers) n’a pas pu être lu ou écrit&#xa0;; si un nouveau secret client n’a pas pu être enregistré, il est affiché&#xa0;: conservez-le</translation>
    </message>
    <message>
        <source>a bulk run finished but some calendars failed</source>
        <translation>une exécution groupée s’est terminée mais certains calendriers ont échoué</translation>
    </message>
    <message>
        <source>a bulk run was interrupted by Ctrl-C; what finished is saved, and the same command continues where it stopped</source>
        <translation>une exécution groupée a été interrompue par Ctrl-C&#xa0;; ce qui est terminé est enregistré, et la même commande reprend là où elle s’est arrêtée</translation>
    </message>
    <message>
        <source>the same, interrupted by SIGTERM</source>
        <translation>idem, interrompue par SIGTERM</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Utilisation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Run &quot;cronofyctl %1 ACTION --help&quot; for the options of each action.</source>
        <translation>Exécutez «&#xa0;cronofyctl %1 ACTION --help&#xa0;» pour voir les options de chaque action.</translation>
    </message>
    <message>
        <source>Usage: cronofyctl COMMAND [options]</source>
        <translation>Utilisation&#xa0;: cronofyctl COMMANDE [options]</translation>
    </message>
    <message>
        <source>Cronofy Console on the command line: the same list of applications and calendars and the same keychain as the window.</source>
        <translation>Cronofy Console en ligne de commande&#xa0;: la même liste d’applications et de calendriers et le même trousseau que la fenêtre.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes&#xa0;:</translation>
    </message>
    <message>
        <source>DC is us, au, ca, de, sg or uk, or a base URL (https, or plain http on this computer only).
Secrets are read from standard input, never from the command line.
Run &quot;cronofyctl COMMAND ACTION --help&quot; for the options of each command.</source>
        <translation>DC vaut us, au, ca, de, sg ou uk, ou une URL de base (https, ou http simple sur cet ordinateur uniquement).
Les secrets sont lus sur l’entrée standard, jamais sur la ligne de commande.
Exécutez «&#xa0;cronofyctl COMMANDE ACTION --help&#xa0;» pour voir les options de chaque commande.</translation>
    </message>
    <message>
        <source>Say what cronofyctl %1 should do: %2.</source>
        <translation>Indiquez ce que cronofyctl %1 doit faire&#xa0;: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not something cronofyctl %2 can do; use one of: %3.</source>
        <translation>cronofyctl %2 ne sait pas faire «&#xa0;%1&#xa0;»&#xa0;; utilisez l’une de ces actions&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Exit codes:</source>
        <translation>Codes de sortie&#xa0;:</translation>
    </message>
    <message>
        <source>The password of the shared list %1 could not be read from your keychain: %2</source>
        <translation>Le mot de passe de la liste partagée %1 n’a pas pu être lu dans votre trousseau&#xa0;: %2</translation>
    </message>
    <message>
        <source>Run &quot;cronofyctl team connect %1&quot; again, or &quot;cronofyctl team disconnect&quot; to work on this computer&apos;s own list.</source>
        <translation>Exécutez à nouveau «&#xa0;cronofyctl team connect %1&#xa0;», ou «&#xa0;cronofyctl team disconnect&#xa0;» pour travailler sur la liste propre à cet ordinateur.</translation>
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
        <translation type="vanished">Utilisation&#xa0;: cronofyctl COMMANDE [options]

Cronofy Console en ligne de commande&#xa0;: la même liste d’applications et de calendriers et le même trousseau que la fenêtre.

Commandes&#xa0;:
  admin-key set --data-center DC &lt; key      enregistrer la clé d’API d’administration d’un centre de données (depuis stdin)
  admin-key remove --data-center DC         la supprimer
  app create --data-center DC --name NAME --url URL [--show-secret]
                                            créer une application&#xa0;; affiche son client_id
  app import --data-center DC --client-id ID [--name NAME] &lt; client-secret
                                            ajouter une application créée dans le tableau de bord
  app set-secret --client-id ID &lt; client-secret
                                            enregistrer ou remplacer le secret client d’une application
  app list [--json]                         lister les applications
  calendar provision --app CLIENT_ID (ID... | --csv FILE) [--concurrency N] [--rate N/s]
                     [--per-minute N] [--refresh]
                                            provisionner des calendriers d’application, au rythme imposé et avec reprise
  calendar list [--app CLIENT_ID] [--json | --csv]
                                            lister les calendriers d’application
  calendar revoke --app CLIENT_ID SUB...    révoquer des calendriers d’application
  calendar verify --app CLIENT_ID ID        vérifier un calendrier d’application
  team connect postgresql://USER@HOST:PORT/DB [--copy-local] &lt; mot-de-passe
                                            travailler sur la liste partagée d’une équipe (PostgreSQL)
  team status                               quelle liste est utilisée, et dans quel état
  team disconnect                           revenir à la liste propre à cet ordinateur

DC vaut us, au, ca, de, sg ou uk, ou une URL de base (https, ou http non chiffré sur cet ordinateur uniquement).
Les secrets sont lus sur l’entrée standard, jamais sur la ligne de commande.
Lancez «&#xa0;cronofyctl COMMANDE ACTION --help&#xa0;» pour les options de chaque commande.

</translation>
    </message>
    <message>
        <source>What was copied before stays; running the same command again copies the rest.</source>
        <translation>Ce qui a déjà été copié est conservé&#xa0;; exécutez à nouveau la même commande pour copier le reste.</translation>
    </message>
    <message>
        <source>Copied from %1: %2 applications, %3 calendars and %4 activity entries were added; %5 applications and %6 calendars were in the shared list already and were left as they are.</source>
        <translation>Copié depuis %1&#xa0;: %2 applications, %3 calendriers et %4 entrées d’activité ont été ajoutés&#xa0;; %5 applications et %6 calendriers figuraient déjà dans la liste partagée et ont été laissés tels quels.</translation>
    </message>
    <message>
        <source>Works on a team&apos;s shared list on PostgreSQL from now on, in cronofyctl and in the window. The database password is read from standard input (never from the command line) and kept in the keychain. The list&apos;s tables are created on the first connection. A server on another computer needs ?sslmode=verify-full (and &amp;sslrootcert=/path/to/ca.crt if your team&apos;s certificate authority is its own). --copy-local adds this computer&apos;s own list (applications, calendars, activity) to the shared one; rows already there are left as they are, so running it twice adds nothing.</source>
        <translation>Travaille désormais sur la liste partagée d’une équipe sur PostgreSQL, dans cronofyctl et dans la fenêtre. Le mot de passe de la base est lu sur l’entrée standard (jamais sur la ligne de commande) et conservé dans le trousseau. Les tables de la liste sont créées à la première connexion. Un serveur sur un autre ordinateur exige&#xa0;?sslmode=verify-full (et &amp;sslrootcert=/chemin/vers/ca.crt si votre équipe a sa propre autorité de certification). --copy-local ajoute la liste propre à cet ordinateur (applications, calendriers, activité) à la liste partagée&#xa0;; les lignes déjà présentes sont laissées telles quelles, donc une deuxième exécution n’ajoute rien.</translation>
    </message>
    <message>
        <source>Add this computer&apos;s own list to the shared one (nothing is duplicated).</source>
        <translation>Ajouter la liste propre à cet ordinateur à la liste partagée (rien n’est dupliqué).</translation>
    </message>
    <message>
        <source>Give the shared list&apos;s address, for example postgresql://alice@db.example.com:5432/cronofy?sslmode=verify-full.</source>
        <translation>Indiquez l’adresse de la liste partagée, par exemple postgresql://alice@db.example.com:5432/cronofy?sslmode=verify-full.</translation>
    </message>
    <message>
        <source>Give one address only; the password is read from standard input.</source>
        <translation>Indiquez une seule adresse&#xa0;; le mot de passe est lu sur l’entrée standard.</translation>
    </message>
    <message>
        <source>Password of %1 (not shown): </source>
        <translation>Mot de passe de %1 (non affiché)&#xa0;: </translation>
    </message>
    <message>
        <source>Nothing was changed: this computer still works on the list it used before.</source>
        <translation>Rien n’a été modifié&#xa0;: cet ordinateur travaille toujours sur la liste utilisée auparavant.</translation>
    </message>
    <message>
        <source>Connected: cronofyctl and the window now work on the shared list %1.</source>
        <translation>Connecté&#xa0;: cronofyctl et la fenêtre travaillent désormais sur la liste partagée %1.</translation>
    </message>
    <message>
        <source>List: the shared list %1 (PostgreSQL %2, schema version %3)</source>
        <translation>Liste&#xa0;: la liste partagée %1 (PostgreSQL %2, version de schéma %3)</translation>
    </message>
    <message>
        <source>Database user: %1</source>
        <translation>Utilisateur de la base&#xa0;: %1</translation>
    </message>
    <message>
        <source>Database user: %1, writing as the team&apos;s role %2</source>
        <translation>Utilisateur de la base&#xa0;: %1, écrit avec le rôle %2 de l’équipe</translation>
    </message>
    <message>
        <source>Applications: %1, calendars: %2</source>
        <translation>Applications&#xa0;: %1, calendriers&#xa0;: %2</translation>
    </message>
    <message>
        <source>Search: indexed (pg_trgm)</source>
        <translation>Recherche&#xa0;: indexée (pg_trgm)</translation>
    </message>
    <message>
        <source>Search: row by row (the server has no pg_trgm)</source>
        <translation>Recherche&#xa0;: ligne par ligne (le serveur n’a pas pg_trgm)</translation>
    </message>
    <message>
        <source>Says which list cronofyctl and the window work on: this computer&apos;s own file, or a team&apos;s shared list on PostgreSQL, and whether the server answers.</source>
        <translation>Indique sur quelle liste travaillent cronofyctl et la fenêtre&#xa0;: le fichier propre à cet ordinateur, ou la liste partagée d’une équipe sur PostgreSQL, et si le serveur répond.</translation>
    </message>
    <message>
        <source>List: this computer&apos;s own file %1</source>
        <translation>Liste&#xa0;: le fichier propre à cet ordinateur %1</translation>
    </message>
    <message>
        <source>To share it with your team: cronofyctl team connect postgresql://USER@HOST:PORT/DATABASE --copy-local</source>
        <translation>Pour la partager avec votre équipe&#xa0;: cronofyctl team connect postgresql://USER@HOST:PORT/DATABASE --copy-local</translation>
    </message>
    <message>
        <source>List: the shared list %1</source>
        <translation>Liste&#xa0;: la liste partagée %1</translation>
    </message>
    <message>
        <source>The server answered, but not to the list&apos;s questions.</source>
        <translation>Le serveur a répondu, mais pas aux questions de la liste.</translation>
    </message>
    <message>
        <source>Goes back to this computer&apos;s own list file. The shared list and everything in it stay on the server; its password is removed from the keychain.</source>
        <translation>Revient au fichier de liste propre à cet ordinateur. La liste partagée et tout son contenu restent sur le serveur&#xa0;; son mot de passe est retiré du trousseau.</translation>
    </message>
    <message>
        <source>cronofyctl and the window already work on this computer&apos;s own list (%1).</source>
        <translation>cronofyctl et la fenêtre travaillent déjà sur la liste propre à cet ordinateur (%1).</translation>
    </message>
    <message>
        <source>cronofyctl and the window work on this computer&apos;s own list again (%1). The shared list %2 is unchanged on its server.</source>
        <translation>cronofyctl et la fenêtre travaillent de nouveau sur la liste propre à cet ordinateur (%1). La liste partagée %2 reste inchangée sur son serveur.</translation>
    </message>
    <message>
        <source>Its password could not be removed from your keychain: %1</source>
        <translation>Son mot de passe n’a pas pu être retiré de votre trousseau&#xa0;: %1</translation>
    </message>
    <message>
        <source>Usage: cronofyctl team connect postgresql://USER@HOST:PORT/DATABASE [--copy-local] &lt; password
       cronofyctl team status
       cronofyctl team disconnect

Run &quot;cronofyctl team connect --help&quot; for details.</source>
        <translation type="vanished">Utilisation&#xa0;: cronofyctl team connect postgresql://USER@HOST:PORT/DATABASE [--copy-local] &lt; mot-de-passe
               cronofyctl team status
               cronofyctl team disconnect

Détails&#xa0;: «&#xa0;cronofyctl team connect --help&#xa0;».</translation>
    </message>
    <message>
        <source>Say what to do with the shared list: connect, status or disconnect.</source>
        <translation type="vanished">Indiquez que faire de la liste partagée&#xa0;: connect, status ou disconnect.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not something cronofyctl team can do; use connect, status or disconnect.</source>
        <translation type="vanished">«&#xa0;%1&#xa0;» n’est pas une action de cronofyctl team&#xa0;; utilisez connect, status ou disconnect.</translation>
    </message>
    <message>
        <source>Copying the local list: %1 rows</source>
        <translation>Copie de la liste locale&#xa0;: %1 lignes</translation>
    </message>
    <message>
        <source>work on a team&apos;s shared list (PostgreSQL)</source>
        <translation>travailler sur la liste partagée d’une équipe (PostgreSQL)</translation>
    </message>
    <message>
        <source>postgresql://USER@HOST:PORT/DATABASE, without a password.</source>
        <translation>postgresql://USER@HOST:PORT/DATABASE, sans mot de passe.</translation>
    </message>
    <message>
        <source>which list is in use, and whether its server answers</source>
        <translation>quelle liste est utilisée, et si son serveur répond</translation>
    </message>
    <message>
        <source>back to this computer&apos;s own list</source>
        <translation>revenir à la liste propre à cet ordinateur</translation>
    </message>
    <message>
        <source>a team&apos;s shared list on PostgreSQL, or this computer&apos;s own</source>
        <translation>la liste partagée d’une équipe sur PostgreSQL, ou celle de cet ordinateur</translation>
    </message>
    <message>
        <source>The list could not be read (%1).</source>
        <translation type="vanished">La liste n’a pas pu être lue (%1).</translation>
    </message>
    <message>
        <source>The list could not be read to the end.</source>
        <translation type="vanished">La liste n’a pas pu être lue jusqu’au bout.</translation>
    </message>
    <message>
        <source>Upgrading the list to version %1 (%2 of %3)…</source>
        <translation>Mise à niveau de la liste vers la version %1 (%2 sur %3)…</translation>
    </message>
    <message>
        <source>Dry run: nothing was sent.</source>
        <translation>Essai à blanc : rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>Would be provisioned (%1):</source>
        <translation>Seraient provisionnés (%1) :</translation>
    </message>
    <message>
        <source>Revoked, would be provisioned again (%1):</source>
        <translation>Révoqués, seraient provisionnés à nouveau (%1) :</translation>
    </message>
    <message>
        <source>Already provisioned, skipped (%1); --refresh provisions them again:</source>
        <translation>Déjà provisionnés, ignorés (%1) ; --refresh les provisionne à nouveau :</translation>
    </message>
    <message>
        <source>Revoked, skipped (%1); --include-revoked provisions them again:</source>
        <translation>Révoqués, ignorés (%1) ; --include-revoked les provisionne à nouveau :</translation>
    </message>
    <message>
        <source>Duplicates, provisioned once (%1):</source>
        <translation>Doublons, provisionnés une seule fois (%1) :</translation>
    </message>
    <message>
        <source>Invalid (%1):</source>
        <translation>Non valides (%1) :</translation>
    </message>
    <message>
        <source>With invalid IDs a run sends nothing: correct or remove them first.</source>
        <translation>Avec des identifiants non valides, une exécution n’envoie rien : corrigez-les ou retirez-les d’abord.</translation>
    </message>
    <message>
        <source>Give either --dry-run or --refresh, not both: a dry run shows what a run without --refresh would do.</source>
        <translation>Indiquez soit --dry-run, soit --refresh, pas les deux : un essai à blanc montre ce que ferait une exécution sans --refresh.</translation>
    </message>
    <message>
        <source>--status takes active, revoked or failed.</source>
        <translation>--status accepte active, revoked ou failed.</translation>
    </message>
    <message>
        <source>No calendars with the status %1.</source>
        <translation>Aucun calendrier avec le statut %1.</translation>
    </message>
    <message>
        <source>Would be revoked (%1):</source>
        <translation>Seraient révoqués (%1) :</translation>
    </message>
    <message>
        <source>Already revoked (%1); Cronofy would be asked again:</source>
        <translation>Déjà révoqués (%1) ; Cronofy serait sollicité à nouveau :</translation>
    </message>
    <message>
        <source>Not in the list (%1); Cronofy would be asked to revoke them:</source>
        <translation>Absents de la liste (%1) ; Cronofy serait invité à les révoquer :</translation>
    </message>
    <message>
        <source>Revoking %1 calendars at once needs --yes, or run the command on a terminal to confirm. Nothing was revoked.</source>
        <translation>Révoquer %1 calendriers d’un coup demande --yes, ou lancez la commande dans un terminal pour confirmer. Rien n’a été révoqué.</translation>
    </message>
    <message>
        <source>Revoking cannot be undone. Type %1 to revoke %1 calendars: </source>
        <translation>Une révocation est définitive. Tapez %1 pour révoquer %1 calendriers : </translation>
    </message>
    <message>
        <source>Nothing was revoked.</source>
        <translation>Rien n’a été révoqué.</translation>
    </message>
    <message>
        <source>Print what would be done, calendar by calendar, and send nothing.</source>
        <translation>Affiche ce qui serait fait, calendrier par calendrier, sans rien envoyer.</translation>
    </message>
    <message>
        <source>Only the calendars with this status: active, revoked or failed.</source>
        <translation>Seulement les calendriers ayant ce statut : active, revoked ou failed.</translation>
    </message>
    <message>
        <source>Revoke more than 10 calendars without asking to type their number (for scripts).</source>
        <translation>Révoquer plus de 10 calendriers sans demander d’en taper le nombre (pour les scripts).</translation>
    </message>
    <message>
        <source>Give at least one --redirect-uri URI, for example https://example.com/auth/callback.</source>
        <translation>Indiquez au moins une --redirect-uri URI, par exemple https://example.com/auth/callback.</translation>
    </message>
    <message>
        <source>Give --contact-email EMAIL: Cronofy answers there.</source>
        <translation>Indiquez --contact-email EMAIL : Cronofy y répondra.</translation>
    </message>
    <message>
        <source>Submitted %1 for verification. Cronofy answers by email to %2.</source>
        <translation>%1 a été soumise pour vérification. Cronofy répondra par e-mail à %2.</translation>
    </message>
    <message>
        <source>Give exactly one calendar ID to get fresh tokens for.</source>
        <translation>Indiquez exactement un identifiant de calendrier pour lequel obtenir de nouveaux jetons.</translation>
    </message>
    <message>
        <source>These tokens give access to the calendar: keep them out of logs, shell history and shared screens.</source>
        <translation>Ces jetons donnent accès au calendrier : gardez-les hors des journaux, de l’historique du shell et des écrans partagés.</translation>
    </message>
    <message>
        <source>submit an application for verification</source>
        <translation>soumettre une application pour vérification</translation>
    </message>
    <message>
        <source>Submits an application to Cronofy for verification, which lifts the limits of an unverified application. Cronofy reviews it and answers by email.</source>
        <translation>Soumet une application à Cronofy pour vérification, ce qui lève les limites d’une application non vérifiée. Cronofy l’examine et répond par e-mail.</translation>
    </message>
    <message>
        <source>A redirect URI of the application (repeat for several).</source>
        <translation>Une URI de redirection de l’application (à répéter pour plusieurs).</translation>
    </message>
    <message>
        <source>Where Cronofy sends its answer.</source>
        <translation>Où Cronofy envoie sa réponse.</translation>
    </message>
    <message>
        <source>Who to address (optional).</source>
        <translation>À qui s’adresser (facultatif).</translation>
    </message>
    <message>
        <source>print fresh tokens of an application calendar</source>
        <translation>afficher de nouveaux jetons d’un calendrier d’application</translation>
    </message>
    <message>
        <source>Gets fresh tokens for an application calendar (provisioning is idempotent) and prints them as JSON on standard output, with Cronofy&apos;s field names. They are never kept in the list, the activity or a log; on a terminal a warning goes to standard error.</source>
        <translation>Obtient de nouveaux jetons pour un calendrier d’application (le provisionnement est idempotent) et les affiche en JSON sur la sortie standard, avec les noms de champs de Cronofy. Ils ne sont jamais conservés dans la liste, l’activité ou un journal ; dans un terminal, un avertissement va sur la sortie d’erreur.</translation>
    </message>
    <message>
        <source>the activity log: who did what, and what failed</source>
        <translation>le journal d’activité : qui a fait quoi, et ce qui a échoué</translation>
    </message>
    <message>
        <source>Lists every operation in the log, newest first: when, what, on what, the account, the outcome, the HTTP status and the message. A bulk run is one entry with its counts, followed by the calendars that failed in it. Never prints a secret or a token.</source>
        <translation>Liste chaque opération du journal, la plus récente d’abord : quand, quoi, sur quoi, le compte, le résultat, le statut HTTP et le message. Une exécution groupée est une entrée avec ses décomptes, suivie des calendriers en échec. N’affiche jamais un secret ni un jeton.</translation>
    </message>
    <message>
        <source>Only the operations from this date or time on, e.g. 2026-12-01 (local midnight) or 2026-12-01T18:00:00Z.</source>
        <translation>Uniquement les opérations à partir de cette date ou heure, p. ex. 2026-12-01 (minuit, heure locale) ou 2026-12-01T18:00:00Z.</translation>
    </message>
    <message>
        <source>Only the operations that failed.</source>
        <translation>Uniquement les opérations en échec.</translation>
    </message>
    <message>
        <source>the activity log</source>
        <translation>le journal d’activité</translation>
    </message>
    <message>
        <source>--since takes a date or a date and time in ISO-8601, such as 2026-12-01 or 2026-12-01T18:00:00Z; &quot;%1&quot; is neither.</source>
        <translation>--since attend une date ou une date et une heure en ISO-8601, comme 2026-12-01 ou 2026-12-01T18:00:00Z ; « %1 » n’est ni l’un ni l’autre.</translation>
    </message>
    <message>
        <source>WHEN</source>
        <translation>QUAND</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>ACTION</translation>
    </message>
    <message>
        <source>CALENDAR_OR_SUB</source>
        <translation>CALENDRIER_OU_SUB</translation>
    </message>
    <message>
        <source>ACCOUNT</source>
        <translation>COMPTE</translation>
    </message>
    <message>
        <source>OUTCOME</source>
        <translation>RÉSULTAT</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>MESSAGE</source>
        <translation>MESSAGE</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>réussie</translation>
    </message>
    <message>
        <source>No operations in the log match.</source>
        <translation>Aucune opération du journal ne correspond.</translation>
    </message>
    <message>
        <source>Give the account&apos;s name (see &quot;cronofyctl account list&quot;).</source>
        <translation>Indiquez le nom du compte (voir &quot;cronofyctl account list&quot;).</translation>
    </message>
    <message>
        <source>Give the account&apos;s name and its new name.</source>
        <translation>Indiquez le nom du compte et son nouveau nom.</translation>
    </message>
    <message>
        <source>Name the account with --name NAME, for example its organizational unit.</source>
        <translation>Nommez le compte avec --name NOM, par exemple d’après son unité organisationnelle.</translation>
    </message>
    <message>
        <source>Admin API key of %1 (not shown): </source>
        <translation>Clé d’API d’administration de %1 (non affichée) : </translation>
    </message>
    <message>
        <source>The account “%1” (%2) is added; its admin API key is stored in the keychain.</source>
        <translation>Le compte « %1 » (%2) est ajouté ; sa clé d’API d’administration est enregistrée dans le trousseau.</translation>
    </message>
    <message>
        <source>New admin API key of %1 (not shown): </source>
        <translation>Nouvelle clé d’API d’administration de %1 (non affichée) : </translation>
    </message>
    <message>
        <source>The new admin API key of the account “%1” is stored in the keychain.</source>
        <translation>La nouvelle clé d’API d’administration du compte « %1 » est enregistrée dans le trousseau.</translation>
    </message>
    <message>
        <source>No accounts yet. Add one with &quot;cronofyctl account add --name NAME --data-center DC&quot; (the key on standard input).</source>
        <translation>Aucun compte pour l’instant. Ajoutez-en un avec &quot;cronofyctl account add --name NOM --data-center DC&quot; (la clé sur l’entrée standard).</translation>
    </message>
    <message>
        <source>MISSING</source>
        <translation>MANQUANTE</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>CLÉ</translation>
    </message>
    <message>
        <source>The account “%1” is now named “%2”.</source>
        <translation>Le compte « %1 » s’appelle maintenant « %2 ».</translation>
    </message>
    <message>
        <source>The account “%1” and its admin API key are removed. The applications it created stay listed.</source>
        <translation>Le compte « %1 » et sa clé d’API d’administration sont supprimés. Les applications créées avec lui restent dans la liste.</translation>
    </message>
    <message>
        <source>add an account: a named admin API key (from stdin)</source>
        <translation>ajouter un compte : une clé d’API d’administration nommée (depuis stdin)</translation>
    </message>
    <message>
        <source>Adds an account: an admin API key of one organizational unit, under a name you choose (for example &quot;Acme - customer&quot; or &quot;Staging&quot;). The key is read from standard input (never from the command line) and stored in the keychain. Each data center may have several accounts; no two accounts share a name.</source>
        <translation>Ajoute un compte : une clé d’API d’administration d’une unité organisationnelle, sous un nom de votre choix (par exemple &quot;Acme - client&quot; ou &quot;Staging&quot;). La clé est lue sur l’entrée standard (jamais sur la ligne de commande) et enregistrée dans le trousseau. Chaque centre de données peut avoir plusieurs comptes ; deux comptes ne portent jamais le même nom.</translation>
    </message>
    <message>
        <source>The account&apos;s name.</source>
        <translation>Le nom du compte.</translation>
    </message>
    <message>
        <source>list the accounts</source>
        <translation>lister les comptes</translation>
    </message>
    <message>
        <source>Lists the accounts: name, data center and whether the keychain holds the key. Never prints a key. With --json, one document {&quot;accounts&quot;: [...]} whose entries have name, data_center, data_center_name, has_key, keychain_entry and last_used.</source>
        <translation>Liste les comptes : nom, centre de données et présence de la clé dans le trousseau. N’affiche jamais de clé. Avec --json, un document {&quot;accounts&quot;: [...]} dont les entrées ont name, data_center, data_center_name, has_key, keychain_entry et last_used.</translation>
    </message>
    <message>
        <source>Print one JSON document instead of a table.</source>
        <translation>Afficher un document JSON au lieu d’un tableau.</translation>
    </message>
    <message>
        <source>rename an account</source>
        <translation>renommer un compte</translation>
    </message>
    <message>
        <source>Renames an account. Its key moves to the keychain entry of the new name, and the applications it created are listed under the new name.</source>
        <translation>Renomme un compte. Sa clé passe dans l’entrée du trousseau du nouveau nom, et les applications créées avec lui sont listées sous le nouveau nom.</translation>
    </message>
    <message>
        <source>The account&apos;s name now.</source>
        <translation>Le nom actuel du compte.</translation>
    </message>
    <message>
        <source>Its new name.</source>
        <translation>Son nouveau nom.</translation>
    </message>
    <message>
        <source>replace an account&apos;s admin API key (from stdin)</source>
        <translation>remplacer la clé d’API d’administration d’un compte (depuis stdin)</translation>
    </message>
    <message>
        <source>Replaces the admin API key of an account, for example after Cronofy refused it or it was revoked in the dashboard. The key is read from standard input.</source>
        <translation>Remplace la clé d’API d’administration d’un compte, par exemple après un refus de Cronofy ou une révocation dans le tableau de bord. La clé est lue sur l’entrée standard.</translation>
    </message>
    <message>
        <source>remove an account and its key</source>
        <translation>supprimer un compte et sa clé</translation>
    </message>
    <message>
        <source>Removes an account and its admin API key from the keychain. The applications it created stay in the list.</source>
        <translation>Supprime un compte et sa clé d’API d’administration du trousseau. Les applications créées avec lui restent dans la liste.</translation>
    </message>
    <message>
        <source>Stores the admin API key of the account named after a data center (added if needed) in the keychain. The key is read from standard input (never from the command line); on a terminal it is not shown while you type. Find it in the Cronofy dashboard under Admin API. For several keys in one data center, use &quot;cronofyctl account add&quot;.</source>
        <translation>Enregistre dans le trousseau la clé d’API d’administration du compte nommé d’après un centre de données (créé si besoin). La clé est lue sur l’entrée standard (jamais sur la ligne de commande) ; dans un terminal, elle n’est pas affichée pendant la saisie. Elle se trouve dans le tableau de bord Cronofy, sous Admin API. Pour plusieurs clés dans un même centre de données, utilisez &quot;cronofyctl account add&quot;.</translation>
    </message>
    <message>
        <source>Removes the admin API key of the account named after a data center from the keychain.</source>
        <translation>Supprime du trousseau la clé d’API d’administration du compte nommé d’après un centre de données.</translation>
    </message>
    <message>
        <source>Creates a Cronofy application with an account&apos;s admin API key (see &quot;cronofyctl account add&quot;) and prints its client_id. --data-center alone works when that data center has exactly one account. Its client_secret goes to the keychain; Cronofy shows it only once. If the keychain cannot store it, the secret is printed with a warning and the exit code is 3: save it at once.</source>
        <translation>Crée une application Cronofy avec la clé d’API d’administration d’un compte (voir &quot;cronofyctl account add&quot;) et affiche son client_id. --data-center seul suffit quand ce centre de données a exactement un compte. Son client_secret va dans le trousseau ; Cronofy ne le montre qu’une fois. Si le trousseau ne peut pas l’enregistrer, le secret est affiché avec un avertissement et le code de sortie est 3 : enregistrez-le tout de suite.</translation>
    </message>
    <message>
        <source>The account whose admin API key creates the application (see &quot;cronofyctl account list&quot;).</source>
        <translation>Le compte dont la clé d’API d’administration crée l’application (voir &quot;cronofyctl account list&quot;).</translation>
    </message>
    <message>
        <source>accounts: admin API keys, one per organizational unit</source>
        <translation>comptes : clés d’API d’administration, une par unité organisationnelle</translation>
    </message>
</context>
<context>
    <name>ConsoleSession</name>
    <message>
        <source>The list of applications and calendars was damaged. It was moved aside to %1 and a new, empty list was started. Nothing in Cronofy was changed.</source>
        <translation>La liste des applications et des calendriers était endommagée. Elle a été mise de côté dans %1 et une nouvelle liste vide a été créée. Rien n’a été modifié dans Cronofy.</translation>
    </message>
</context>
<context>
    <name>CreateApplicationDialog</name>
    <message>
        <source>Create Application</source>
        <translation>Créer une application</translation>
    </message>
    <message>
        <source>The application is created in the offline sandbox. Nothing is sent to Cronofy.</source>
        <translation>L’application est créée dans le bac à sable hors ligne. Rien n’est envoyé à Cronofy.</translation>
    </message>
    <message>
        <source>The application is created in your Cronofy account, in the %1 data center.</source>
        <translation>L’application est créée dans votre compte Cronofy, dans le centre de données %1.</translation>
    </message>
    <message>
        <source>Example: Meeting Room Booking</source>
        <translation>Exemple&#xa0;: Réservation de salles de réunion</translation>
    </message>
    <message>
        <source>https://www.example.com</source>
        <translation>https://www.example.com</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>People see this name when they connect their calendar.</source>
        <translation>Les personnes voient ce nom lorsqu’elles connectent leur calendrier.</translation>
    </message>
    <message>
        <source>&amp;Web address:</source>
        <translation>Adresse &amp;web&#xa0;:</translation>
    </message>
    <message>
        <source>The home page of your application or organisation, such as www.example.com.</source>
        <translation>La page d’accueil de votre application ou de votre organisation, par exemple www.example.com.</translation>
    </message>
    <message>
        <source>The home page of your application or organisation.</source>
        <translation type="vanished">La page d’accueil de votre application ou de votre organisation.</translation>
    </message>
    <message>
        <source>Application name</source>
        <translation>Nom de l’application</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Adresse web</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>C&amp;réer</translation>
    </message>
    <message>
        <source>Create the application</source>
        <translation>Créer l’application</translation>
    </message>
    <message>
        <source>Stopped. If Cronofy had already created the application, it still appears in the list with its secret.</source>
        <translation>Arrêté. Si Cronofy avait déjà créé l’application, elle apparaît tout de même dans la liste avec son secret.</translation>
    </message>
    <message>
        <source>Creating the application…</source>
        <translation>Création de l’application…</translation>
    </message>
    <message>
        <source>Admin API &amp;key:</source>
        <translation>C&amp;lé d’API d’administration&#xa0;:</translation>
    </message>
    <message>
        <source>Admin API key</source>
        <translation>Clé d’API d’administration</translation>
    </message>
    <message>
        <source>Paste the key here</source>
        <translation>Collez la clé ici</translation>
    </message>
    <message>
        <source>Save Key and Retr&amp;y</source>
        <translation>Enregistrer la clé et ré&amp;essayer</translation>
    </message>
    <message>
        <source>Save the admin API key and create the application</source>
        <translation>Enregistrer la clé d’API d’administration et créer l’application</translation>
    </message>
    <message>
        <source>Cronofy refused the admin API key for %1. Check in the Cronofy dashboard that the key belongs to this data center and is not revoked, paste it below and press Save Key and Retry. What you typed above stays.</source>
        <translation type="vanished">Cronofy a refusé la clé d’API d’administration pour %1. Vérifiez dans le tableau de bord Cronofy que la clé appartient à ce centre de données et n’est pas révoquée, collez-la ci-dessous et cliquez sur «&#xa0;Enregistrer la clé et réessayer&#xa0;». Ce que vous avez saisi au-dessus est conservé.</translation>
    </message>
    <message>
        <source>No admin API key is stored for %1 yet. Paste it below and press Save Key and Retry.</source>
        <translation>Aucune clé d’API d’administration n’est encore enregistrée pour %1. Collez-la ci-dessous et cliquez sur «&#xa0;Enregistrer la clé et réessayer&#xa0;».</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>C&amp;ompte :</translation>
    </message>
    <message>
        <source>Whose admin API key creates the application: the accounts are listed in Settings.</source>
        <translation>La clé d’API d’administration qui crée l’application : les comptes sont listés dans les Paramètres.</translation>
    </message>
    <message>
        <source>%1 You can also paste the right key below and press Save Key and Retry. What you typed above stays.</source>
        <translation>%1 Vous pouvez aussi coller la bonne clé ci-dessous et appuyer sur « Enregistrer la clé et réessayer ». Ce que vous avez saisi plus haut est conservé.</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>The file is not UTF-8 text. Save it as &quot;CSV UTF-8&quot; from your spreadsheet, then try again.</source>
        <translation>Le fichier n’est pas du texte UTF-8. Enregistrez-le au format «&#xa0;CSV UTF-8&#xa0;» depuis votre tableur, puis réessayez.</translation>
    </message>
    <message>
        <source>Line %1 has a quote in the middle of a field. Put the whole field in quotes and double the quotes inside it (&quot;&quot;), then try again.</source>
        <translation>La ligne %1 contient un guillemet au milieu d’un champ. Mettez tout le champ entre guillemets et doublez les guillemets qu’il contient (&quot;&quot;), puis réessayez.</translation>
    </message>
    <message>
        <source>Line %1 has text after the closing quote of a field. Put a comma after the quote, or the text inside the quotes, then try again.</source>
        <translation>La ligne %1 contient du texte après le guillemet fermant d’un champ. Ajoutez une virgule après le guillemet, ou placez le texte entre les guillemets, puis réessayez.</translation>
    </message>
    <message>
        <source>The file ends inside a quoted field that starts on line %1. Add the closing quote, then try again.</source>
        <translation>Le fichier se termine à l’intérieur d’un champ entre guillemets qui commence à la ligne %1. Ajoutez le guillemet fermant, puis réessayez.</translation>
    </message>
</context>
<context>
    <name>DataCenter</name>
    <message>
        <source>Enter a data center (us, au, ca, de, sg or uk) or a base URL such as https://api.example.com.</source>
        <translation>Saisissez un centre de données (us, au, ca, de, sg ou uk) ou une URL de base comme https://api.example.com.</translation>
    </message>
    <message>
        <source>The base URL is too long (%1 characters). Enter just the scheme, host, port and optional path, for example https://api.example.com.</source>
        <translation>L’URL de base est trop longue (%1 caractères). Saisissez uniquement le schéma, l’hôte, le port et un chemin facultatif, par exemple https://api.example.com.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address. Enter a base URL that starts with https://, for example https://api.example.com.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse web. Saisissez une URL de base commençant par https://, par exemple https://api.example.com.</translation>
    </message>
    <message>
        <source>The base URL must start with https://. Correct it and try again.</source>
        <translation>L’URL de base doit commencer par https://. Corrigez-la et réessayez.</translation>
    </message>
    <message>
        <source>Plain http:// is only allowed for this computer (127.0.0.1 or localhost), because keys and secrets would cross the network unencrypted. Use https:// instead.</source>
        <translation>Le http:// non chiffré n’est autorisé que pour cet ordinateur (127.0.0.1 ou localhost), car les clés et les secrets traverseraient le réseau sans chiffrement. Utilisez plutôt https://.</translation>
    </message>
    <message>
        <source>The base URL must not contain a user name, a password, a query or a fragment. Enter just the scheme, host, port and optional path.</source>
        <translation>L’URL de base ne doit contenir ni nom d’utilisateur, ni mot de passe, ni requête, ni fragment. Saisissez uniquement le schéma, l’hôte, le port et un chemin facultatif.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a data center. Use one of us, au, ca, de, sg or uk, or a base URL such as https://api.example.com.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un centre de données. Utilisez us, au, ca, de, sg ou uk, ou une URL de base comme https://api.example.com.</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>États-Unis</translation>
    </message>
    <message>
        <source>Australia</source>
        <translation>Australie</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>Canada</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Allemagne</translation>
    </message>
    <message>
        <source>Singapore</source>
        <translation>Singapour</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Royaume-Uni</translation>
    </message>
    <message>
        <source>Offline sandbox</source>
        <translation>Bac à sable hors ligne</translation>
    </message>
</context>
<context>
    <name>DataCenterPicker</name>
    <message>
        <source>Data center</source>
        <translation>Centre de données</translation>
    </message>
    <message>
        <source>The region your Cronofy account lives in. It is shown in the address of your Cronofy dashboard, for example app-de.cronofy.com for Germany.</source>
        <translation>La région où se trouve votre compte Cronofy. Elle apparaît dans l’adresse de votre tableau de bord Cronofy, par exemple app-de.cronofy.com pour l’Allemagne.</translation>
    </message>
    <message>
        <source>Other (base URL)…</source>
        <translation>Autre (URL de base)…</translation>
    </message>
    <message>
        <source>Offline sandbox — nothing is sent to Cronofy</source>
        <translation>Bac à sable hors ligne — rien n’est envoyé à Cronofy</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>URL de base</translation>
    </message>
    <message>
        <source>https://api.example.com or http://127.0.0.1:8080</source>
        <translation>https://api.example.com ou http://127.0.0.1:8080</translation>
    </message>
    <message>
        <source>For a proxy or a local test server. Plain http is allowed only for this computer (127.0.0.1 or localhost).</source>
        <translation>Pour un proxy ou un serveur de test local. Le http non chiffré n’est autorisé que pour cet ordinateur (127.0.0.1 ou localhost).</translation>
    </message>
    <message>
        <source>Problem with the base URL</source>
        <translation>Problème avec l’URL de base</translation>
    </message>
    <message>
        <source>Type the base URL, for example https://api.example.com.</source>
        <translation>Saisissez l’URL de base, par exemple https://api.example.com.</translation>
    </message>
    <message>
        <source>Base URL:</source>
        <translation>URL de base&#xa0;:</translation>
    </message>
</context>
<context>
    <name>DisplayCheck</name>
    <message>
        <source>Cronofy Console found no display to open its window on: run it on a desktop, connect with &quot;ssh -X&quot;, or use %1, which needs no display.</source>
        <extracomment>Printed when cronofy-console starts without a graphical desktop (e.g. over SSH); %1 is the command &quot;cronofyctl&quot; or its full path. Keep &quot;ssh -X&quot; as it is.</extracomment>
        <translation>Cronofy Console n’a trouvé aucun écran où ouvrir sa fenêtre&#xa0;: lancez-le sur un bureau, connectez-vous avec «&#xa0;ssh -X&#xa0;» ou utilisez %1, qui n’a pas besoin d’écran.</translation>
    </message>
</context>
<context>
    <name>ErrorPresenter</name>
    <message>
        <source>Problem with this field</source>
        <translation>Problème avec ce champ</translation>
    </message>
</context>
<context>
    <name>FreshTokensDialog</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n seconde</numerusform>
            <numerusform>%n secondes</numerusform>
        </translation>
    </message>
    <message>
        <source>Fresh tokens for “%1”</source>
        <translation>Nouveaux jetons pour «&#xa0;%1&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>Cronofy issued a fresh access token for “%1”. Paste it where it is needed; it works for about %n minute(s). The refresh token lets a program get new access tokens later. Treat both like passwords: they are not shown here and not kept by the console.</source>
        <translation>
            <numerusform>Cronofy a émis un nouveau jeton d’accès pour «&#xa0;%1&#xa0;». Collez-le là où il est nécessaire&#xa0;; il est valable environ %n minute. Le jeton d’actualisation permet à un programme d’obtenir plus tard de nouveaux jetons d’accès. Traitez-les tous deux comme des mots de passe&#xa0;: ils ne sont pas affichés ici et la console ne les conserve pas.</numerusform>
            <numerusform>Cronofy a émis un nouveau jeton d’accès pour «&#xa0;%1&#xa0;». Collez-le là où il est nécessaire&#xa0;; il est valable environ %n minutes. Le jeton d’actualisation permet à un programme d’obtenir plus tard de nouveaux jetons d’accès. Traitez-les tous deux comme des mots de passe&#xa0;: ils ne sont pas affichés ici et la console ne les conserve pas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy &amp;access token again</source>
        <translation>Copier à nouveau le jeton d’&amp;accès</translation>
    </message>
    <message>
        <source>Copy the access token again</source>
        <translation>Copier à nouveau le jeton d’accès</translation>
    </message>
    <message>
        <source>Copy &amp;refresh token</source>
        <translation>Copier le jeton d’ac&amp;tualisation</translation>
    </message>
    <message>
        <source>Copy the refresh token</source>
        <translation>Copier le jeton d’actualisation</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>The clipboard was cleared.</source>
        <translation>Le presse-papiers a été vidé.</translation>
    </message>
    <message>
        <source>The refresh token is on the clipboard. It will be cleared in %1, unless you copy something else first.</source>
        <extracomment>%1 is a duration such as &quot;30 seconds&quot;.</extracomment>
        <translation>Le jeton d’actualisation est dans le presse-papiers. Il sera effacé dans %1, sauf si vous copiez autre chose avant.</translation>
    </message>
    <message>
        <source>The access token is on the clipboard. It will be cleared in %1, unless you copy something else first.</source>
        <translation>Le jeton d’accès est dans le presse-papiers. Il sera effacé dans %1, sauf si vous copiez autre chose avant.</translation>
    </message>
</context>
<context>
    <name>ImportApplicationDialog</name>
    <message>
        <source>Import Application</source>
        <translation>Importer une application</translation>
    </message>
    <message>
        <source>Add an application that was made in the Cronofy dashboard. You find its client ID and client secret there, on the application&apos;s Credentials page. It is checked with %1 before it is added.</source>
        <translation>Ajoutez une application créée dans le tableau de bord Cronofy. Vous y trouverez son ID client et son secret client, sur la page «&#xa0;Credentials&#xa0;» de l’application. Elle est vérifiée auprès de %1 avant d’être ajoutée.</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation type="vanished">ID c&amp;lient&#xa0;:</translation>
    </message>
    <message>
        <source>Client I&amp;D:</source>
        <translation>ID c&amp;lient&#xa0;:</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>&amp;Secret client&#xa0;:</translation>
    </message>
    <message>
        <source>Kept in this computer&apos;s keychain, never in a file.</source>
        <translation>Conservé dans le trousseau de cet ordinateur, jamais dans un fichier.</translation>
    </message>
    <message>
        <source>&amp;Name (optional):</source>
        <translation>&amp;Nom (facultatif)&#xa0;:</translation>
    </message>
    <message>
        <source>How the application is listed here. Leave it empty to use the client ID.</source>
        <translation>Le nom sous lequel l’application apparaît ici. Laissez vide pour utiliser l’ID client.</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>ID client</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Secret client</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Import the application</source>
        <translation>Importer l’application</translation>
    </message>
    <message>
        <source>Stopped. Nothing was added.</source>
        <translation>Arrêté. Rien n’a été ajouté.</translation>
    </message>
    <message>
        <source>Checking the credentials with Cronofy…</source>
        <translation>Vérification des identifiants auprès de Cronofy…</translation>
    </message>
</context>
<context>
    <name>Localization</name>
    <message>
        <source>Same as the system (%1)</source>
        <extracomment>A choice in Settings &gt; Language; %1 is the name of the system&apos;s language, e.g. &quot;Deutsch&quot;.</extracomment>
        <translation>Comme le système (%1)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Offline sandbox — nothing is sent to Cronofy. Connect your account in Settings.</source>
        <translation>Bac à sable hors ligne — rien n’est envoyé à Cronofy. Connectez votre compte dans les paramètres.</translation>
    </message>
    <message>
        <source>Offline mode</source>
        <translation>Mode hors ligne</translation>
    </message>
    <message>
        <source>&amp;Applications</source>
        <translation>&amp;Applications</translation>
    </message>
    <message>
        <source>&amp;Calendars</source>
        <translation>&amp;Calendriers</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Data center in use</source>
        <translation>Centre de données utilisé</translation>
    </message>
    <message>
        <source>Starting the offline sandbox…</source>
        <translation>Démarrage du bac à sable hors ligne…</translation>
    </message>
    <message>
        <source>Cronofy Console — Offline sandbox</source>
        <translation type="vanished">Cronofy Console — Bac à sable hors ligne</translation>
    </message>
    <message>
        <source>Sandbox — nothing is sent to Cronofy</source>
        <translation>Bac à sable — rien n’est envoyé à Cronofy</translation>
    </message>
    <message>
        <source>Cronofy Console — %1</source>
        <translation type="vanished">Cronofy Console — %1</translation>
    </message>
    <message>
        <source>Data center: %1 (%2)</source>
        <translation>Centre de données&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>Cronofy Console</source>
        <translation type="vanished">Cronofy Console</translation>
    </message>
    <message>
        <source>Not connected yet</source>
        <translation>Pas encore connecté</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
    <message>
        <source>&amp;About Cronofy Console</source>
        <translation>À &amp;propos de Cronofy Console</translation>
    </message>
    <message>
        <source>About Cronofy Console</source>
        <translation>À propos de Cronofy Console</translation>
    </message>
    <message>
        <source>Cronofy Console %1</source>
        <extracomment>%1 is the version number</extracomment>
        <translation>Cronofy Console %1</translation>
    </message>
    <message>
        <source>Creates Cronofy applications and application calendars, and keeps their secrets in this computer&apos;s keychain.</source>
        <translation>Crée des applications Cronofy et des calendriers d’application, et garde leurs secrets dans le trousseau de cet ordinateur.</translation>
    </message>
    <message>
        <source>Free software under the MIT licence. It comes with no warranty.</source>
        <translation>Logiciel libre sous licence MIT. Il est fourni sans aucune garantie.</translation>
    </message>
    <message>
        <source>Project home page and source code</source>
        <translation>Page du projet et code source</translation>
    </message>
    <message>
        <source>Report a problem</source>
        <translation>Signaler un problème</translation>
    </message>
    <message>
        <source>Cronofy&apos;s developer documentation</source>
        <translation>Documentation de Cronofy pour les développeurs</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Offline sandbox</source>
        <translation>Bac à sable hors ligne</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation type="vanished">&amp;Détails</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Show technical details</source>
        <translation>Afficher les détails techniques</translation>
    </message>
    <message>
        <source>Show the technical details, for example to send them to support</source>
        <translation>Afficher les détails techniques, par exemple pour les envoyer au support</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close the message</source>
        <translation>Fermer le message</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>Détails techniques</translation>
    </message>
</context>
<context>
    <name>OfflineSandbox</name>
    <message>
        <source>The offline sandbox needs the keychain for its admin key. %1</source>
        <translation>Le bac à sable hors ligne a besoin du trousseau pour sa clé d’administration. %1</translation>
    </message>
    <message>
        <source>The offline sandbox could not start: %1</source>
        <translation>Le bac à sable hors ligne n’a pas pu démarrer&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>OnceShownSecretDialog</name>
    <message>
        <source>&amp;Retry storing in the keychain</source>
        <translation>&amp;Réessayer d’enregistrer dans le trousseau</translation>
    </message>
    <message>
        <source>I have &amp;stored the client secret elsewhere</source>
        <translation>J’ai enregistré le &amp;secret client ailleurs</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>&amp;Provision a Calendar…</source>
        <translation>&amp;Provisionner un calendrier…</translation>
    </message>
    <message>
        <source>Application Created</source>
        <translation>Application créée</translation>
    </message>
    <message>
        <source>The application was created.</source>
        <translation>L’application a été créée.</translation>
    </message>
    <message>
        <source>Cronofy shows the client secret only once. Cronofy Console keeps it in this computer&apos;s keychain, so you do not need to write it down.</source>
        <translation>Cronofy n’affiche le secret client qu’une seule fois. Cronofy Console le conserve dans le trousseau de cet ordinateur&#xa0;: vous n’avez donc pas besoin de le noter.</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>ID client</translation>
    </message>
    <message>
        <source>Copy &amp;ID</source>
        <translation>Copier l’&amp;ID</translation>
    </message>
    <message>
        <source>Copy the client ID</source>
        <translation>Copier l’ID client</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Secret client</translation>
    </message>
    <message>
        <source>Copy s&amp;ecret</source>
        <translation>Copier le s&amp;ecret</translation>
    </message>
    <message>
        <source>Copy the client secret</source>
        <translation>Copier le secret client</translation>
    </message>
    <message>
        <source>The clipboard is cleared after 30 seconds, unless you copy something else.</source>
        <translation>Le presse-papiers est vidé au bout de 30 secondes, sauf si vous copiez autre chose.</translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation>ID client&#xa0;:</translation>
    </message>
    <message>
        <source>Client secret:</source>
        <translation>Secret client&#xa0;:</translation>
    </message>
    <message>
        <source>Retry storing the client secret in the keychain</source>
        <translation>Réessayer d’enregistrer le secret client dans le trousseau</translation>
    </message>
    <message>
        <source>I have stored the client secret elsewhere</source>
        <translation>J’ai enregistré le secret client ailleurs</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close and provision a calendar for the new application</source>
        <translation>Fermer et provisionner un calendrier pour la nouvelle application</translation>
    </message>
    <message>
        <source>Close this window and provision the application&apos;s first calendar</source>
        <translation>Fermer cette fenêtre et provisionner le premier calendrier de l’application</translation>
    </message>
    <message>
        <source>The client secret is on the clipboard for 30 seconds.</source>
        <translation>Le secret client reste 30 secondes dans le presse-papiers.</translation>
    </message>
    <message>
        <source>The client secret is on the clipboard for 30 seconds. Paste it into your password manager now.</source>
        <translation>Le secret client reste 30 secondes dans le presse-papiers. Collez-le maintenant dans votre gestionnaire de mots de passe.</translation>
    </message>
    <message>
        <source>The client secret was NOT stored in the keychain. %1 Then press Retry, or copy the secret into your password manager now: Cronofy will not show it again.</source>
        <translation>Le secret client n’a PAS été enregistré dans le trousseau. %1 Cliquez ensuite sur Réessayer, ou copiez dès maintenant le secret dans votre gestionnaire de mots de passe&#xa0;: Cronofy ne l’affichera plus.</translation>
    </message>
    <message>
        <source>Cronofy shows the client secret only once, and this computer&apos;s keychain did not take it. Keep it safe before you close this window.</source>
        <translation>Cronofy n’affiche le secret client qu’une seule fois, et le trousseau de cet ordinateur ne l’a pas accepté. Mettez-le en lieu sûr avant de fermer cette fenêtre.</translation>
    </message>
    <message>
        <source>Store the secret first: press Retry, or tick &quot;I have stored the client secret elsewhere&quot;.</source>
        <translation>Enregistrez d’abord le secret&#xa0;: cliquez sur Réessayer, ou cochez «&#xa0;J’ai enregistré le secret client ailleurs&#xa0;».</translation>
    </message>
    <message>
        <source>The client secret is now stored in this computer&apos;s keychain.</source>
        <translation>Le secret client est maintenant enregistré dans le trousseau de cet ordinateur.</translation>
    </message>
    <message>
        <source>The client secret is still NOT stored. %1</source>
        <translation>Le secret client n’est toujours PAS enregistré. %1</translation>
    </message>
    <message>
        <source>This window stays open until the client secret is safe: press Retry, or copy the secret into your password manager and tick &quot;I have stored the client secret elsewhere&quot;.</source>
        <translation>Cette fenêtre reste ouverte tant que le secret client n’est pas en sécurité&#xa0;: cliquez sur Réessayer, ou copiez le secret dans votre gestionnaire de mots de passe et cochez «&#xa0;J’ai enregistré le secret client ailleurs&#xa0;».</translation>
    </message>
</context>
<context>
    <name>OperationsModel</name>
    <message>
        <source>When</source>
        <translation type="vanished">Date</translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="vanished">Action</translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="vanished">Cible</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="vanished">Résultat</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation type="vanished">Statut HTTP</translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="vanished">Message</translation>
    </message>
</context>
<context>
    <name>PostgresAddress</name>
    <message>
        <source>&quot;%1&quot; is not a PostgreSQL address. Write it as %2.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse PostgreSQL. Écrivez-la sous la forme %2.</translation>
    </message>
    <message>
        <source>Leave the password out of the address: it is asked for separately and kept in your keychain. Write the address as %1.</source>
        <translation>Ne mettez pas le mot de passe dans l’adresse&#xa0;: il est demandé à part et conservé dans votre trousseau. Écrivez l’adresse sous la forme %1.</translation>
    </message>
    <message>
        <source>The address names no user: write the database user before the host, as in %1.</source>
        <translation>L’adresse ne nomme aucun utilisateur&#xa0;: écrivez l’utilisateur de la base avant l’hôte, comme dans %1.</translation>
    </message>
    <message>
        <source>The address names no server: write its host name after the user, as in %1.</source>
        <translation>L’adresse ne nomme aucun serveur&#xa0;: écrivez son nom d’hôte après l’utilisateur, comme dans %1.</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535 (PostgreSQL&apos;s usual port is 5432).</source>
        <translation>Le port doit être un nombre de 1 à 65535 (le port habituel de PostgreSQL est 5432).</translation>
    </message>
    <message>
        <source>The address names no database: write its name after the port, as in %1.</source>
        <translation>L’adresse ne nomme aucune base&#xa0;: écrivez son nom après le port, comme dans %1.</translation>
    </message>
    <message>
        <source>sslmode=%1 is not offered: use sslmode=verify-full (TLS, the server&apos;s certificate and name checked), or leave it out for a server on this computer.</source>
        <translation>sslmode=%1 n’est pas proposé&#xa0;: utilisez sslmode=verify-full (TLS, certificat et nom du serveur vérifiés), ou omettez-le pour un serveur sur cet ordinateur.</translation>
    </message>
    <message>
        <source>sslrootcert must be the full path of the root certificate file (for example /etc/ssl/certs/team-ca.crt), not &quot;%1&quot;.</source>
        <translation>sslrootcert doit être le chemin complet du fichier de certificat racine (par exemple /etc/ssl/certs/team-ca.crt), et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The address option &quot;%1&quot; is not offered: only sslmode and sslrootcert may follow the database name.</source>
        <translation>L’option d’adresse «&#xa0;%1&#xa0;» n’est pas proposée&#xa0;: seuls sslmode et sslrootcert peuvent suivre le nom de la base.</translation>
    </message>
    <message>
        <source>The server %1 is on another computer, so the connection must be encrypted and the server checked: add ?sslmode=verify-full to the address (and &amp;sslrootcert=/path/to/ca.crt if your team&apos;s server certificate is signed by its own authority).</source>
        <translation>Le serveur %1 est sur un autre ordinateur&#xa0;: la connexion doit donc être chiffrée et le serveur vérifié. Ajoutez&#xa0;?sslmode=verify-full à l’adresse (et &amp;sslrootcert=/chemin/vers/ca.crt si le certificat du serveur de votre équipe est signé par sa propre autorité).</translation>
    </message>
    <message>
        <source>sslrootcert is only used with TLS: add sslmode=verify-full to the address.</source>
        <translation>sslrootcert ne sert qu’avec TLS&#xa0;: ajoutez sslmode=verify-full à l’adresse.</translation>
    </message>
</context>
<context>
    <name>ProvisionCalendarDialog</name>
    <message>
        <source>Provision a Calendar</source>
        <translation>Provisionner un calendrier</translation>
    </message>
    <message>
        <source>An application calendar is a calendar that Cronofy keeps for one of your applications. Give it an ID you will recognise, such as the name of a room or a person. Provisioning an ID that already exists is safe: you get the same calendar back.</source>
        <translation>Un calendrier d’application est un calendrier que Cronofy gère pour l’une de vos applications. Donnez-lui un ID facile à reconnaître, comme le nom d’une salle ou d’une personne. Provisionner un ID qui existe déjà est sans risque&#xa0;: vous récupérez le même calendrier.</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>The application the calendar belongs to</source>
        <translation>L’application à laquelle appartient le calendrier</translation>
    </message>
    <message>
        <source>There is no application yet. Create or import one on the Applications page first.</source>
        <translation>Il n’y a encore aucune application. Créez-en ou importez-en une d’abord sur la page Applications.</translation>
    </message>
    <message>
        <source>Calendar ID</source>
        <translation>ID du calendrier</translation>
    </message>
    <message>
        <source>A name for the calendar that is unique within the application</source>
        <translation>Un nom de calendrier unique au sein de l’application</translation>
    </message>
    <message>
        <source>For example: meeting-room-3</source>
        <translation>Par exemple&#xa0;: salle-de-reunion-3</translation>
    </message>
    <message>
        <source>Problem with the calendar ID</source>
        <translation>Problème avec l’ID du calendrier</translation>
    </message>
    <message>
        <source>A&amp;pplication:</source>
        <translation>A&amp;pplication&#xa0;:</translation>
    </message>
    <message>
        <source>Calendar &amp;ID:</source>
        <translation>&amp;ID du calendrier&#xa0;:</translation>
    </message>
    <message>
        <source>Provisioning in progress</source>
        <translation>Provisionnement en cours</translation>
    </message>
    <message>
        <source>Asking Cronofy for the calendar…</source>
        <translation>Demande du calendrier à Cronofy…</translation>
    </message>
    <message>
        <source>Provisioned calendar</source>
        <translation>Calendrier provisionné</translation>
    </message>
    <message>
        <source>Calendar sub</source>
        <translation>Sub du calendrier</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Copy s&amp;ub</source>
        <translation>Copier le s&amp;ub</translation>
    </message>
    <message>
        <source>Copy the calendar sub</source>
        <translation>Copier le sub du calendrier</translation>
    </message>
    <message>
        <source>Copy p&amp;rofile ID</source>
        <translation>Copier l’ID du p&amp;rofil</translation>
    </message>
    <message>
        <source>Copy the profile ID</source>
        <translation>Copier l’ID du profil</translation>
    </message>
    <message>
        <source>Sub:</source>
        <translation>Sub&#xa0;:</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Profil&#xa0;:</translation>
    </message>
    <message>
        <source>Pro&amp;vision</source>
        <translation>Pro&amp;visionner</translation>
    </message>
    <message>
        <source>Provision the calendar</source>
        <translation>Provisionner le calendrier</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Choose the application the calendar belongs to. If the list is empty, create or import an application on the Applications page first.</source>
        <translation>Choisissez l’application à laquelle appartient le calendrier. Si la liste est vide, créez ou importez d’abord une application sur la page Applications.</translation>
    </message>
    <message>
        <source>Stopped waiting for Cronofy. If the calendar was created meanwhile, provisioning the same ID again is safe and shows it.</source>
        <translation>Attente de Cronofy interrompue. Si le calendrier a été créé entre-temps, provisionner à nouveau le même ID est sans risque et l’affiche.</translation>
    </message>
    <message>
        <source>The calendar “%1” is ready.</source>
        <translation>Le calendrier «&#xa0;%1&#xa0;» est prêt.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Cancel the request</source>
        <translation>Annuler la requête</translation>
    </message>
</context>
<context>
    <name>ProvisioningService</name>
    <message>
        <source>The address is too long (%1 characters). Use an address of at most %2 characters.</source>
        <translation>L’adresse est trop longue (%1 caractères). Utilisez une adresse de %2 caractères au maximum.</translation>
    </message>
    <message>
        <source>The address contains invisible control characters. Type it again or paste it as plain text.</source>
        <translation>L’adresse contient des caractères de contrôle invisibles. Saisissez-la à nouveau ou collez-la en texte brut.</translation>
    </message>
    <message>
        <source>A web address cannot contain spaces. Check the address and try again.</source>
        <translation>Une adresse web ne peut pas contenir d’espaces. Vérifiez l’adresse et réessayez.</translation>
    </message>
    <message>
        <source>Start the address with https:// (for example %1).</source>
        <translation>Commencez l’adresse par https:// (par exemple %1).</translation>
    </message>
    <message>
        <source>Enter a web address that starts with https:// or http:// (for example %1).</source>
        <translation>Saisissez une adresse web commençant par https:// ou http:// (par exemple %1).</translation>
    </message>
    <message>
        <source>The address has no host name. Enter a complete address such as %1.</source>
        <translation>L’adresse n’a pas de nom d’hôte. Saisissez une adresse complète, comme %1.</translation>
    </message>
    <message>
        <source>Enter a name for the application. People see it when they connect their calendar.</source>
        <translation>Saisissez un nom pour l’application. Les personnes le voient lorsqu’elles connectent leur calendrier.</translation>
    </message>
    <message>
        <source>The name is too long (%1 characters). Use at most %2 characters.</source>
        <translation>Le nom est trop long (%1 caractères). Utilisez %2 caractères au maximum.</translation>
    </message>
    <message>
        <source>The name contains invisible control characters. Type it again.</source>
        <translation>Le nom contient des caractères de contrôle invisibles. Saisissez-le à nouveau.</translation>
    </message>
    <message>
        <source>Enter the web address of the application&apos;s home page, for example https://example.com.</source>
        <translation>Saisissez l’adresse web de la page d’accueil de l’application, par exemple https://example.com.</translation>
    </message>
    <message>
        <source>Enter a calendar ID: any text that names this calendar in your organisation, for example meeting-room-3.</source>
        <translation>Saisissez un ID de calendrier&#xa0;: tout texte qui désigne ce calendrier dans votre organisation, par exemple salle-de-reunion-3.</translation>
    </message>
    <message>
        <source>The calendar ID is too long (%1 characters). Use at most %2 characters.</source>
        <translation>L’ID du calendrier est trop long (%1 caractères). Utilisez %2 caractères au maximum.</translation>
    </message>
    <message>
        <source>The calendar ID contains invisible control characters (such as a tab or line break). Type it again.</source>
        <translation>L’ID du calendrier contient des caractères de contrôle invisibles (comme une tabulation ou un saut de ligne). Saisissez-le à nouveau.</translation>
    </message>
    <message>
        <source>Enter at least one redirect address (one per line), for example https://example.com/auth/callback.</source>
        <translation>Saisissez au moins une adresse de redirection (une par ligne), par exemple https://example.com/auth/callback.</translation>
    </message>
    <message>
        <source>Redirect address &quot;%1&quot;: %2</source>
        <translation>Adresse de redirection «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Enter a contact email address, so Cronofy can reach you about the verification.</source>
        <translation>Saisissez une adresse e-mail de contact, pour que Cronofy puisse vous joindre au sujet de la vérification.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address. Enter one such as name@example.com.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse e-mail. Saisissez une adresse comme nom@example.com.</translation>
    </message>
    <message>
        <source>The contact name must be at most %1 characters of plain text.</source>
        <translation>Le nom du contact doit comporter au maximum %1 caractères de texte brut.</translation>
    </message>
    <message>
        <source>This field is empty. Paste the value from the Cronofy dashboard.</source>
        <translation>Ce champ est vide. Collez la valeur depuis le tableau de bord Cronofy.</translation>
    </message>
    <message>
        <source>This value is too long (%1 characters) to be a Cronofy key or ID. Copy it again from the Cronofy dashboard.</source>
        <translation>Cette valeur est trop longue (%1 caractères) pour être une clé ou un ID Cronofy. Copiez-la à nouveau depuis le tableau de bord Cronofy.</translation>
    </message>
    <message>
        <source>This value contains spaces or invisible characters. Copy it again from the Cronofy dashboard and paste it as plain text.</source>
        <translation>Cette valeur contient des espaces ou des caractères invisibles. Copiez-la à nouveau depuis le tableau de bord Cronofy et collez-la en texte brut.</translation>
    </message>
    <message>
        <source>This value contains letters or symbols that Cronofy keys and IDs never have (such as accents or quotation marks from a word processor). Copy it again from the Cronofy dashboard.</source>
        <translation>Cette valeur contient des lettres ou des symboles qui n’apparaissent jamais dans les clés et les ID Cronofy (comme des accents ou des guillemets typographiques venant d’un traitement de texte). Copiez-la à nouveau depuis le tableau de bord Cronofy.</translation>
    </message>
    <message>
        <source>The application %1 is not in the list. Create or import it first.</source>
        <translation>L’application %1 ne figure pas dans la liste. Créez-la ou importez-la d’abord.</translation>
    </message>
    <message>
        <source>The application %1 was created in the offline sandbox, which is not running. Switch to offline mode in Settings to use it.</source>
        <translation>L’application %1 a été créée dans le bac à sable hors ligne, qui n’est pas démarré. Passez en mode hors ligne dans les paramètres pour l’utiliser.</translation>
    </message>
    <message>
        <source>No admin API key is stored for %1 yet. Enter it in Settings (you find it in the Cronofy dashboard under Admin API), then try again.</source>
        <translation type="vanished">Aucune clé d’API d’administration n’est encore enregistrée pour %1. Saisissez-la dans les paramètres (vous la trouverez dans le tableau de bord Cronofy, sous «&#xa0;Admin API&#xa0;»), puis réessayez.</translation>
    </message>
    <message>
        <source>The name is too long. Use at most 200 characters.</source>
        <translation>Le nom est trop long. Utilisez 200 caractères au maximum.</translation>
    </message>
    <message>
        <source>This application is already in the list. To enter a new client secret for it, use Replace client secret.</source>
        <translation>Cette application figure déjà dans la liste. Pour saisir son nouveau secret client, utilisez «&#xa0;Remplacer le secret client&#xa0;».</translation>
    </message>
    <message>
        <source>The client secret of %1 is not in the keychain. Find it in the Cronofy dashboard and enter it with Replace client secret.</source>
        <translation>Le secret client de %1 n’est pas dans le trousseau. Retrouvez-le dans le tableau de bord Cronofy et saisissez-le avec «&#xa0;Remplacer le secret client&#xa0;».</translation>
    </message>
    <message>
        <source>There is no account named “%1”. The accounts are listed in Settings (and by &quot;cronofyctl account list&quot;).</source>
        <translation>Aucun compte ne s’appelle « %1 ». Les comptes sont listés dans les Paramètres (et par &quot;cronofyctl account list&quot;).</translation>
    </message>
    <message>
        <source>Enter a name for the account, such as the organizational unit it belongs to.</source>
        <translation>Saisissez un nom pour le compte, par exemple son unité organisationnelle.</translation>
    </message>
    <message>
        <source>The account name is too long. Use at most %1 characters.</source>
        <translation>Le nom du compte est trop long. Utilisez au plus %1 caractères.</translation>
    </message>
    <message>
        <source>The account name contains invisible control characters. Type it again or paste it as plain text.</source>
        <translation>Le nom du compte contient des caractères de contrôle invisibles. Saisissez-le à nouveau ou collez-le en texte brut.</translation>
    </message>
    <message>
        <source>There is already an account named “%1” (%2). Choose another name.</source>
        <translation>Il existe déjà un compte nommé « %1 » (%2). Choisissez un autre nom.</translation>
    </message>
    <message>
        <source>The account “%1” is in %2, not in %3. Leave out the data center, or choose an account of %3.</source>
        <translation>Le compte « %1 » est dans %2, pas dans %3. Omettez le centre de données, ou choisissez un compte de %3.</translation>
    </message>
    <message>
        <source>Say which account to use.</source>
        <translation>Indiquez le compte à utiliser.</translation>
    </message>
    <message>
        <source>There are %1 accounts in %2 (%3): say which one to use.</source>
        <translation>Il y a %1 comptes dans %2 (%3) : indiquez lequel utiliser.</translation>
    </message>
    <message>
        <source>No admin API key is stored for the account “%1” (%2) yet. Enter it in Settings (you find it in the Cronofy dashboard under Admin API), then try again.</source>
        <translation>Aucune clé d’API d’administration n’est encore enregistrée pour le compte « %1 » (%2). Saisissez-la dans les Paramètres (elle se trouve dans le tableau de bord Cronofy, sous Admin API), puis réessayez.</translation>
    </message>
</context>
<context>
    <name>RecordText</name>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Révoqué</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>En échec</translation>
    </message>
    <message>
        <source>Offline sandbox</source>
        <translation>Bac à sable hors ligne</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importée</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <source>In the keychain</source>
        <translation>Dans le trousseau</translation>
    </message>
    <message>
        <source>Not stored</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Réussi</translation>
    </message>
</context>
<context>
    <name>Registry</name>
    <message>
        <source>the list was written by a newer version of Cronofy Console (schema version %1); update Cronofy Console</source>
        <translation>la liste a été écrite par une version plus récente de Cronofy Console (version de schéma %1)&#xa0;; mettez à jour Cronofy Console</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>non connecté</translation>
    </message>
</context>
<context>
    <name>RegistryError</name>
    <message>
        <source>The list of what was provisioned cannot be opened at %1. Check that the folder exists and that you may write to it, then try again.</source>
        <translation>La liste des éléments provisionnés ne peut pas être ouverte dans %1. Vérifiez que le dossier existe et que vous pouvez y écrire, puis réessayez.</translation>
    </message>
    <message>
        <source>The list of what was provisioned is in a folder that cannot be written to (%1), so nothing was saved. Make the folder writable, then try again.</source>
        <translation>La liste des éléments provisionnés se trouve dans un dossier non accessible en écriture (%1)&#xa0;: rien n’a donc été enregistré. Rendez le dossier accessible en écriture, puis réessayez.</translation>
    </message>
    <message>
        <source>The disk is full, so nothing was saved. Free some space, then try again.</source>
        <translation>Le disque est plein&#xa0;: rien n’a été enregistré. Libérez de l’espace, puis réessayez.</translation>
    </message>
    <message>
        <source>The list of what was provisioned (%1) is damaged, so nothing was saved. Restart Cronofy Console: it moves the damaged file aside, keeps it, and starts a fresh list.</source>
        <translation>La liste des éléments provisionnés (%1) est endommagée&#xa0;: rien n’a été enregistré. Redémarrez Cronofy Console&#xa0;: le fichier endommagé est mis de côté et conservé, et une nouvelle liste est créée.</translation>
    </message>
    <message>
        <source>Another program holds the list of what was provisioned (for example cronofyctl or a second window). Close it, then try again.</source>
        <translation>Un autre programme utilise la liste des éléments provisionnés (par exemple cronofyctl ou une deuxième fenêtre). Fermez-le, puis réessayez.</translation>
    </message>
    <message>
        <source>The list of what was provisioned could not be updated (%1). Nothing was saved. Try again; if it keeps failing, restart Cronofy Console.</source>
        <translation>La liste des éléments provisionnés n’a pas pu être mise à jour (%1). Rien n’a été enregistré. Réessayez&#xa0;; si l’échec persiste, redémarrez Cronofy Console.</translation>
    </message>
    <message>
        <source>The shared list on %1 cannot be reached (%2). Check that the server is running and that this computer can reach it; nothing is lost, try again once it answers.</source>
        <translation>La liste partagée sur %1 est injoignable (%2). Vérifiez que le serveur fonctionne et que cet ordinateur peut le joindre&#xa0;; rien n’est perdu, réessayez dès qu’il répond.</translation>
    </message>
    <message>
        <source>The server refused the user or the password for the shared list %1. Connect again with the right password (cronofyctl team connect, or Settings).</source>
        <translation>Le serveur a refusé l’utilisateur ou le mot de passe pour la liste partagée %1. Reconnectez-vous avec le bon mot de passe (cronofyctl team connect, ou Paramètres).</translation>
    </message>
    <message>
        <source>The secure connection to the shared list %1 failed (%2). Check the server&apos;s certificate and the root certificate named by sslrootcert in the address, then connect again.</source>
        <translation>La connexion sécurisée à la liste partagée %1 a échoué (%2). Vérifiez le certificat du serveur et le certificat racine indiqué par sslrootcert dans l’adresse, puis reconnectez-vous.</translation>
    </message>
    <message>
        <source>The shared list %1 was written by a newer version of Cronofy Console (schema version %2). Update Cronofy Console on this computer, then connect again.</source>
        <translation>La liste partagée %1 a été écrite par une version plus récente de Cronofy Console (version de schéma %2). Mettez à jour Cronofy Console sur cet ordinateur, puis reconnectez-vous.</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver is not installed on this computer, so the shared list %1 cannot be used. Install the package libqt6sql6-psql (Debian, Ubuntu) or qt6-qtbase-postgresql (Fedora), then try again.</source>
        <translation>Le pilote PostgreSQL de Qt n’est pas installé sur cet ordinateur&#xa0;: la liste partagée %1 ne peut donc pas être utilisée. Installez le paquet libqt6sql6-psql (Debian, Ubuntu) ou qt6-qtbase-postgresql (Fedora), puis réessayez.</translation>
    </message>
    <message>
        <source>Your database user may not write to the shared list %1, so nothing was saved. Ask the server&apos;s administrator to grant it, then try again.</source>
        <translation>Votre utilisateur de base n’a pas le droit d’écrire dans la liste partagée %1&#xa0;: rien n’a été enregistré. Demandez ce droit à l’administrateur du serveur, puis réessayez.</translation>
    </message>
    <message>
        <source>The shared list&apos;s server %1 is out of disk space, so nothing was saved. Ask its administrator to free some, then try again.</source>
        <translation>Le serveur de la liste partagée %1 n’a plus d’espace disque&#xa0;: rien n’a été enregistré. Demandez à son administrateur d’en libérer, puis réessayez.</translation>
    </message>
    <message>
        <source>The shared list %1 is busy with a colleague&apos;s change. Try again.</source>
        <translation>La liste partagée %1 est occupée par la modification d’un collègue. Réessayez.</translation>
    </message>
    <message>
        <source>The shared list %1 could not be used (%2). Nothing was saved. Try again; if it keeps failing, ask the server&apos;s administrator.</source>
        <translation>La liste partagée %1 n’a pas pu être utilisée (%2). Rien n’a été enregistré. Réessayez&#xa0;; si l’échec persiste, contactez l’administrateur du serveur.</translation>
    </message>
</context>
<context>
    <name>RegistryUpgrade</name>
    <message>
        <source>Upgrading the list of applications and calendars…</source>
        <translation>Mise à niveau de la liste des applications et des calendriers…</translation>
    </message>
    <message>
        <source>Upgrading the list</source>
        <translation>Mise à niveau de la liste</translation>
    </message>
    <message>
        <source>Upgrading the list of applications and calendars to version %1, building its indexes (%2 of %3)…</source>
        <extracomment>%1 is the schema version being made, %2 and %3 the step&apos;s statement and how many it has.</extracomment>
        <translation>Mise à niveau de la liste des applications et des calendriers vers la version %1, création de ses index (%2 sur %3)…</translation>
    </message>
</context>
<context>
    <name>RenameAccountDialog</name>
    <message>
        <source>Rename Account</source>
        <translation>Renommer le compte</translation>
    </message>
    <message>
        <source>The new name of the account “%1”. Its key and its applications stay with it.</source>
        <translation>Le nouveau nom du compte «&#xa0;%1&#xa0;». Sa clé et ses applications restent avec lui.</translation>
    </message>
    <message>
        <source>New account name</source>
        <translation>Nouveau nom du compte</translation>
    </message>
    <message>
        <source>New &amp;name:</source>
        <translation>&amp;Nouveau nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Renommer</translation>
    </message>
    <message>
        <source>Rename the account</source>
        <translation>Renommer le compte</translation>
    </message>
    <message>
        <source>Renaming the account…</source>
        <translation>Renommage du compte…</translation>
    </message>
</context>
<context>
    <name>ReplaceAccountKeyDialog</name>
    <message>
        <source>Replace Admin API Key</source>
        <translation>Remplacer la clé d’API d’administration</translation>
    </message>
    <message>
        <source>Paste the new admin API key of the account “%1”. In the Cronofy dashboard, open Admin API to find it.</source>
        <translation>Collez la nouvelle clé d’API d’administration du compte «&#xa0;%1&#xa0;». Dans le tableau de bord Cronofy, ouvrez Admin API pour la trouver.</translation>
    </message>
    <message>
        <source>New admin API key</source>
        <translation>Nouvelle clé d’API d’administration</translation>
    </message>
    <message>
        <source>New admin API &amp;key:</source>
        <translation>Nouvelle &amp;clé d’API d’administration&#xa0;:</translation>
    </message>
    <message>
        <source>Kept in this computer&apos;s keychain, never in a file.</source>
        <translation>Conservée dans le trousseau de cet ordinateur, jamais dans un fichier.</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Remplacer</translation>
    </message>
    <message>
        <source>Replace the admin API key</source>
        <translation>Remplacer la clé d’API d’administration</translation>
    </message>
    <message>
        <source>Storing the key in the keychain…</source>
        <translation>Enregistrement de la clé dans le trousseau…</translation>
    </message>
</context>
<context>
    <name>ReplaceSecretDialog</name>
    <message>
        <source>Replace Client Secret</source>
        <translation>Remplacer le secret client</translation>
    </message>
    <message>
        <source>Paste the new client secret of &quot;%1&quot; (%2). Use this after you made a new secret in the Cronofy dashboard; the old one stops working there.</source>
        <translation>Collez le nouveau secret client de «&#xa0;%1&#xa0;» (%2). Utilisez cette option après avoir créé un nouveau secret dans le tableau de bord Cronofy&#xa0;; l’ancien cesse alors d’y fonctionner.</translation>
    </message>
    <message>
        <source>New client &amp;secret:</source>
        <translation>Nouveau &amp;secret client&#xa0;:</translation>
    </message>
    <message>
        <source>Kept in this computer&apos;s keychain, never in a file.</source>
        <translation>Conservé dans le trousseau de cet ordinateur, jamais dans un fichier.</translation>
    </message>
    <message>
        <source>New client secret</source>
        <translation>Nouveau secret client</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Remplacer</translation>
    </message>
    <message>
        <source>Replace the client secret</source>
        <translation>Remplacer le secret client</translation>
    </message>
    <message>
        <source>Storing the secret in the keychain…</source>
        <translation>Enregistrement du secret dans le trousseau…</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <source>Working</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation type="vanished">&amp;Arrêter</translation>
    </message>
    <message>
        <source>Stop the request (Esc)</source>
        <translation>Arrêter la requête (Échap)</translation>
    </message>
</context>
<context>
    <name>SecretError</name>
    <message>
        <source>This secret is not in your keychain. Enter it again; another program may have removed it from the keychain.</source>
        <translation>Ce secret ne se trouve pas dans votre trousseau. Saisissez-le à nouveau&#xa0;; un autre programme l’a peut-être supprimé du trousseau.</translation>
    </message>
    <message>
        <source>Cronofy Console could not reach your keychain. Start your desktop&apos;s keyring (GNOME Keyring or KWallet), then try again.</source>
        <translation>Cronofy Console n’a pas pu joindre votre trousseau. Démarrez le trousseau de votre bureau (GNOME Keyring ou KWallet), puis réessayez.</translation>
    </message>
    <message>
        <source>Your keychain is locked or refused access. Unlock your desktop&apos;s keyring (it may still be locked after login), then try again.</source>
        <translation>Votre trousseau est verrouillé ou a refusé l’accès. Déverrouillez le trousseau de votre bureau (il peut rester verrouillé après la connexion), puis réessayez.</translation>
    </message>
    <message>
        <source>Cronofy Console could not use your keychain. Try again; if it keeps failing, restart your desktop&apos;s keyring.</source>
        <translation>Cronofy Console n’a pas pu utiliser votre trousseau. Réessayez&#xa0;; si l’échec persiste, redémarrez le trousseau de votre bureau.</translation>
    </message>
    <message>
        <source>Cronofy Console could not use your keychain (the keychain said: %1). Try again; if it keeps failing, restart your desktop&apos;s keyring.</source>
        <translation>Cronofy Console n’a pas pu utiliser votre trousseau (message du trousseau&#xa0;: %1). Réessayez&#xa0;; si l’échec persiste, redémarrez le trousseau de votre bureau.</translation>
    </message>
</context>
<context>
    <name>SecretLineEdit</name>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Hide the secret (Ctrl+R)</source>
        <translation>Masquer le secret (Ctrl+R)</translation>
    </message>
    <message>
        <source>Show the secret (Ctrl+R)</source>
        <translation>Afficher le secret (Ctrl+R)</translation>
    </message>
    <message>
        <source>Hide the secret</source>
        <translation>Masquer le secret</translation>
    </message>
    <message>
        <source>Show the secret</source>
        <translation>Afficher le secret</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>&amp;Use This Address</source>
        <translation>&amp;Utiliser cette adresse</translation>
    </message>
    <message>
        <source>&amp;Save Key</source>
        <translation type="vanished">&amp;Enregistrer la clé</translation>
    </message>
    <message>
        <source>Sa&amp;ve Key</source>
        <translation>&amp;Enregistrer la clé</translation>
    </message>
    <message>
        <source>Re&amp;move Key</source>
        <translation>&amp;Supprimer la clé</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>&amp;Data center:</source>
        <translation>Centre de d&amp;onnées&#xa0;:</translation>
    </message>
    <message>
        <source>Use this base URL</source>
        <translation>Utiliser cette URL de base</translation>
    </message>
    <message>
        <source>New applications are created in this data center. Applications already in the list keep their own.</source>
        <translation>Les nouvelles applications sont créées dans ce centre de données. Les applications déjà présentes dans la liste conservent le leur.</translation>
    </message>
    <message>
        <source>Admin API key</source>
        <translation>Clé d’API d’administration</translation>
    </message>
    <message>
        <source>Paste a new key here</source>
        <translation>Collez une nouvelle clé ici</translation>
    </message>
    <message>
        <source>New &amp;key:</source>
        <translation>Nouvelle c&amp;lé&#xa0;:</translation>
    </message>
    <message>
        <source>Save the admin API key</source>
        <translation>Enregistrer la clé d’API d’administration</translation>
    </message>
    <message>
        <source>Remove the admin API key</source>
        <translation>Supprimer la clé d’API d’administration</translation>
    </message>
    <message>
        <source>In the Cronofy dashboard, open Admin API to find the key. Cronofy has no way to test an admin API key on its own: if it is wrong, creating an application says so.</source>
        <translation>Dans le tableau de bord Cronofy, ouvrez «&#xa0;Admin API&#xa0;» pour trouver la clé. Cronofy ne permet pas de tester une clé d’API d’administration seule&#xa0;: si elle est incorrecte, la création d’une application le signalera.</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requêtes</translation>
    </message>
    <message>
        <source>Request timeout in seconds</source>
        <translation>Délai d’expiration des requêtes en secondes</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>Délai d’e&amp;xpiration&#xa0;:</translation>
    </message>
    <message>
        <source>How long to wait for Cronofy before giving up on a request.</source>
        <translation>Durée d’attente de Cronofy avant d’abandonner une requête.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Lan&amp;gue&#xa0;:</translation>
    </message>
    <message>
        <source>Takes effect the next time Cronofy Console starts.</source>
        <translation type="vanished">Prend effet au prochain démarrage de Cronofy Console.</translation>
    </message>
    <message>
        <source>The language changes the next time you start Cronofy Console.</source>
        <translation type="vanished">La langue change au prochain démarrage de Cronofy Console.</translation>
    </message>
    <message>
        <source>New applications are now created in %1.</source>
        <translation>Les nouvelles applications sont désormais créées dans %1.</translation>
    </message>
    <message>
        <source>The offline sandbox makes its own key. Nothing is sent to Cronofy.</source>
        <translation>Le bac à sable hors ligne crée sa propre clé. Rien n’est envoyé à Cronofy.</translation>
    </message>
    <message>
        <source>Choose a data center first.</source>
        <translation>Choisissez d’abord un centre de données.</translation>
    </message>
    <message>
        <source>Checking the keychain…</source>
        <translation>Vérification du trousseau…</translation>
    </message>
    <message>
        <source>An admin API key for %1 is stored in this computer&apos;s keychain.</source>
        <translation>Une clé d’API d’administration pour %1 est enregistrée dans le trousseau de cet ordinateur.</translation>
    </message>
    <message>
        <source>No admin API key is stored for %1 yet. Paste it below.</source>
        <translation>Aucune clé d’API d’administration n’est encore enregistrée pour %1. Collez-la ci-dessous.</translation>
    </message>
    <message>
        <source>Re&amp;place Key</source>
        <translation>&amp;Remplacer la clé</translation>
    </message>
    <message>
        <source>Replace &amp;Key</source>
        <translation type="vanished">&amp;Remplacer la clé</translation>
    </message>
    <message>
        <source>The admin API key for %1 is stored in the keychain.</source>
        <translation>La clé d’API d’administration pour %1 est enregistrée dans le trousseau.</translation>
    </message>
    <message>
        <source>The admin API key for %1 was removed from the keychain.</source>
        <translation>La clé d’API d’administration pour %1 a été supprimée du trousseau.</translation>
    </message>
    <message>
        <source>Cronofy Console shows the new language when it starts again.</source>
        <translation>Cronofy Console affiche la nouvelle langue après un redémarrage.</translation>
    </message>
    <message>
        <source>&amp;Restart Now</source>
        <translation>&amp;Redémarrer maintenant</translation>
    </message>
    <message>
        <source>Restart Cronofy Console now</source>
        <translation>Redémarrer Cronofy Console maintenant</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>Each account is the admin API key of one Cronofy organizational unit. New applications are created with the account chosen in the Create Application dialog.</source>
        <translation>Chaque compte est la clé d’API d’administration d’une unité organisationnelle Cronofy. Les nouvelles applications sont créées avec le compte choisi dans la boîte de dialogue Créer une application.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Data center</source>
        <translation>Centre de données</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation>Ajouter un compte</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <source>Rename the account</source>
        <translation>Renommer le compte</translation>
    </message>
    <message>
        <source>Replace Key…</source>
        <translation>Remplacer la clé…</translation>
    </message>
    <message>
        <source>Replace the account&apos;s admin API key</source>
        <translation>Remplacer la clé d’API d’administration du compte</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Remove the account</source>
        <translation>Supprimer le compte</translation>
    </message>
    <message>
        <source>In the keychain</source>
        <translation>Dans le trousseau</translation>
    </message>
    <message>
        <source>No key in the keychain</source>
        <translation>Aucune clé dans le trousseau</translation>
    </message>
    <message>
        <source>The account “%1” is added; its key is in the keychain.</source>
        <translation>Le compte «&#xa0;%1&#xa0;» est ajouté&#xa0;; sa clé est dans le trousseau.</translation>
    </message>
    <message>
        <source>The account “%1” is now named “%2”.</source>
        <translation>Le compte «&#xa0;%1&#xa0;» s’appelle désormais «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>The admin API key of the account “%1” is replaced.</source>
        <translation>La clé d’API d’administration du compte «&#xa0;%1&#xa0;» est remplacée.</translation>
    </message>
    <message>
        <source>Remove Account</source>
        <translation>Supprimer le compte</translation>
    </message>
    <message>
        <source>Remove the account “%1”?</source>
        <extracomment>%1 is the account&apos;s name.</extracomment>
        <translation>Supprimer le compte «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Its admin API key is removed from this computer&apos;s keychain. The applications created with it stay listed, marked as of a removed account.</source>
        <translation>Sa clé d’API d’administration est supprimée du trousseau de cet ordinateur. Les applications créées avec elle restent dans la liste, marquées comme appartenant à un compte supprimé.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Keep the account</source>
        <translation>Garder le compte</translation>
    </message>
    <message>
        <source>The account “%1” is removed. Its applications stay listed.</source>
        <translation>Le compte «&#xa0;%1&#xa0;» est supprimé. Ses applications restent dans la liste.</translation>
    </message>
</context>
<context>
    <name>SharedListBox</name>
    <message>
        <source>Shared list</source>
        <translation>Liste partagée</translation>
    </message>
    <message>
        <source>Also cop&amp;y this computer&apos;s own list into it</source>
        <translation>Cop&amp;ier aussi la liste propre à cet ordinateur</translation>
    </message>
    <message>
        <source>Co&amp;nnect</source>
        <translation>Co&amp;nnecter</translation>
    </message>
    <message>
        <source>Use This Computer&apos;s &amp;Own List</source>
        <translation>Utiliser la liste propre à ce&amp;t ordinateur</translation>
    </message>
    <message>
        <source>Address of the shared list</source>
        <translation>Adresse de la liste partagée</translation>
    </message>
    <message>
        <source>Database password</source>
        <translation>Mot de passe de la base</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Applications, calendars and activity the shared list does not have yet are added; rows it has are left as they are.</source>
        <translation>Les applications, calendriers et activités que la liste partagée n’a pas encore sont ajoutés&#xa0;; les lignes présentes sont laissées telles quelles.</translation>
    </message>
    <message>
        <source>Connect to the shared list</source>
        <translation>Se connecter à la liste partagée</translation>
    </message>
    <message>
        <source>Go back to this computer&apos;s own list</source>
        <translation>Revenir à la liste propre à cet ordinateur</translation>
    </message>
    <message>
        <source>A team&apos;s list on a PostgreSQL server, which several admins use at once. Secrets stay in each admin&apos;s own keychain; the password is kept in yours.</source>
        <translation>La liste d’une équipe sur un serveur PostgreSQL, utilisée par plusieurs administrateurs à la fois. Les secrets restent dans le trousseau de chaque administrateur&#xa0;; le mot de passe est conservé dans le vôtre.</translation>
    </message>
    <message>
        <source>This computer&apos;s own list: %1</source>
        <translation>Liste propre à cet ordinateur&#xa0;: %1</translation>
    </message>
    <message>
        <source>The shared list %1: connected.</source>
        <translation>La liste partagée %1&#xa0;: connectée.</translation>
    </message>
    <message>
        <source>The shared list %1: connecting…</source>
        <translation>La liste partagée %1&#xa0;: connexion…</translation>
    </message>
    <message>
        <source>The shared list %1: not connected. %2</source>
        <translation>La liste partagée %1&#xa0;: non connectée. %2</translation>
    </message>
    <message>
        <source>Enter the database password of %1.</source>
        <translation>Saisissez le mot de passe de la base de %1.</translation>
    </message>
    <message>
        <source>Connecting to %1 and copying this computer&apos;s own list…</source>
        <translation>Connexion à %1 et copie de la liste propre à cet ordinateur…</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>Connecté à %1.</translation>
    </message>
    <message>
        <source>Add&amp;ress:</source>
        <translation type="vanished">A&amp;dresse&#xa0;:</translation>
    </message>
    <message>
        <source>%1 applications, %2 calendars and %3 activity entries of this computer&apos;s own list were added.</source>
        <translation>%1 applications, %2 calendriers et %3 entrées d’activité de la liste propre à cet ordinateur ont été ajoutés.</translation>
    </message>
    <message>
        <source>Nothing was changed: this computer still works on the list it used before.</source>
        <translation>Rien n’a été modifié&#xa0;: cet ordinateur travaille toujours sur la liste utilisée auparavant.</translation>
    </message>
    <message>
        <source>Also copy this computer&apos;s own list into the shared list</source>
        <translation>Copier aussi la liste propre à cet ordinateur dans la liste partagée</translation>
    </message>
    <message>
        <source>Addr&amp;ess:</source>
        <translation>A&amp;dresse&#xa0;:</translation>
    </message>
</context>
<context>
    <name>SharedListLink</name>
    <message>
        <source>The password of the shared list %1 could not be read from your keychain: %2 Connect again in Settings.</source>
        <translation>Le mot de passe de la liste partagée %1 n’a pas pu être lu dans votre trousseau&#xa0;: %2 Reconnectez-vous dans les Paramètres.</translation>
    </message>
    <message numerus="yes">
        <source>%1 The list stays empty and read-only until then; Cronofy Console tries again every %n second(s).</source>
        <translation>
            <numerusform>%1 D’ici là, la liste reste vide et en lecture seule&#xa0;; Cronofy Console réessaie toutes les %n seconde.</numerusform>
            <numerusform>%1 D’ici là, la liste reste vide et en lecture seule&#xa0;; Cronofy Console réessaie toutes les %n secondes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SharedListStatus</name>
    <message>
        <source>Shared list</source>
        <translation>Liste partagée</translation>
    </message>
    <message>
        <source>Shared list %1: connected</source>
        <translation>Liste partagée %1&#xa0;: connectée</translation>
    </message>
    <message>
        <source>Shared list %1: connecting…</source>
        <translation>Liste partagée %1&#xa0;: connexion…</translation>
    </message>
    <message>
        <source>Shared list %1: not reachable, read-only</source>
        <translation>Liste partagée %1&#xa0;: injoignable, en lecture seule</translation>
    </message>
    <message>
        <source>Shared list %1: not connected, read-only</source>
        <translation>Liste partagée %1&#xa0;: non connectée, en lecture seule</translation>
    </message>
</context>
<context>
    <name>StreamedExport</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
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
        <translation>Soumettre pour vérification</translation>
    </message>
    <message>
        <source>Cronofy checks &quot;%1&quot; before people outside your organisation can connect to it. Tell Cronofy where people return after connecting and whom to contact.</source>
        <translation>Cronofy vérifie «&#xa0;%1&#xa0;» avant que des personnes extérieures à votre organisation puissent s’y connecter. Indiquez à Cronofy où les personnes reviennent après la connexion et qui contacter.</translation>
    </message>
    <message>
        <source>https://www.example.com/auth/callback</source>
        <translation>https://www.example.com/auth/callback</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nom@example.com</translation>
    </message>
    <message>
        <source>&amp;Redirect addresses:</source>
        <translation>Adresses de &amp;redirection&#xa0;:</translation>
    </message>
    <message>
        <source>One per line.</source>
        <translation>Une par ligne.</translation>
    </message>
    <message>
        <source>Contact &amp;email:</source>
        <translation>&amp;E-mail de contact&#xa0;:</translation>
    </message>
    <message>
        <source>Contact &amp;name (optional):</source>
        <translation>&amp;Nom du contact (facultatif)&#xa0;:</translation>
    </message>
    <message>
        <source>Redirect addresses, one per line</source>
        <translation>Adresses de redirection, une par ligne</translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation>E-mail de contact</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>Nom du contact</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>&amp;Soumettre</translation>
    </message>
    <message>
        <source>Submit for verification</source>
        <translation>Soumettre pour vérification</translation>
    </message>
    <message>
        <source>Stopped. Submit again when you are ready.</source>
        <translation>Arrêté. Soumettez à nouveau lorsque vous êtes prêt.</translation>
    </message>
    <message>
        <source>Submitting to Cronofy…</source>
        <translation>Envoi à Cronofy…</translation>
    </message>
</context>
<context>
    <name>TableExport</name>
    <message>
        <source>Writing failed (%1).</source>
        <translation>L’écriture a échoué (%1).</translation>
    </message>
</context>
<context>
    <name>VerificationDialog</name>
    <message>
        <source>Cronofy did not say that its authorization is active. Provision it again to renew it.</source>
        <translation>Cronofy n’a pas indiqué que son autorisation est active. Provisionnez-le à nouveau pour la renouveler.</translation>
    </message>
    <message>
        <source>Cronofy reports its authorization as “%1” instead of active. Provision it again to renew it.</source>
        <translation>Cronofy indique que son autorisation est «&#xa0;%1&#xa0;» au lieu d’active. Provisionnez-le à nouveau pour la renouveler.</translation>
    </message>
    <message>
        <source>Cronofy lists no calendar for it. Provision it again; if that does not help, contact Cronofy support.</source>
        <translation>Cronofy ne liste aucun calendrier pour lui. Provisionnez-le à nouveau&#xa0;; si cela ne suffit pas, contactez le support Cronofy.</translation>
    </message>
    <message>
        <source>Its calendar is read-only, so events cannot be added to it.</source>
        <translation>Son calendrier est en lecture seule&#xa0;: aucun événement ne peut y être ajouté.</translation>
    </message>
    <message numerus="yes">
        <source>Cronofy lists %n writable main calendar(s) for it; an application calendar has exactly one.</source>
        <translation>
            <numerusform>Cronofy liste pour lui %n calendrier principal accessible en écriture&#xa0;; un calendrier d’application en a exactement un.</numerusform>
            <numerusform>Cronofy liste pour lui %n calendriers principaux accessibles en écriture&#xa0;; un calendrier d’application en a exactement un.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cronofy&apos;s answer does not look like a working application calendar.</source>
        <translation>La réponse de Cronofy ne ressemble pas à celle d’un calendrier d’application fonctionnel.</translation>
    </message>
    <message>
        <source>Verification of “%1”</source>
        <translation>Vérification de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>“%1” is healthy: its authorization is active and it has one calendar that events can be added to.</source>
        <translation>«&#xa0;%1&#xa0;» fonctionne&#xa0;: son autorisation est active et il possède un calendrier auquel des événements peuvent être ajoutés.</translation>
    </message>
    <message>
        <source>“%1” is not healthy. %2</source>
        <extracomment>%1 is the calendar ID, %2 one or more sentences that say what is wrong and what to do.</extracomment>
        <translation>«&#xa0;%1&#xa0;» ne fonctionne pas. %2</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(non indiqué)</translation>
    </message>
    <message>
        <source>Sub:</source>
        <translation>Sub&#xa0;:</translation>
    </message>
    <message>
        <source>Authorization:</source>
        <translation>Autorisation&#xa0;:</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Access:</source>
        <translation>Accès&#xa0;:</translation>
    </message>
    <message>
        <source>Read and write</source>
        <translation>Lecture et écriture</translation>
    </message>
    <message>
        <source>Connected profiles:</source>
        <translation>Profils connectés&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>%n profile(s)</source>
        <translation>
            <numerusform>%n profil</numerusform>
            <numerusform>%n profils</numerusform>
        </translation>
    </message>
    <message>
        <source>Calendars Cronofy lists</source>
        <translation>Calendriers listés par Cronofy</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Can add events</source>
        <translation>Ajout d’événements possible</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Calendars Cronofy lists for it:</source>
        <translation>Calendriers listés par Cronofy pour lui&#xa0;:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Connecter</translation>
    </message>
    <message>
        <source>&amp;Try it offline</source>
        <translation>&amp;Essayer hors ligne</translation>
    </message>
    <message>
        <source>Welcome to Cronofy Console</source>
        <translation>Bienvenue dans Cronofy Console</translation>
    </message>
    <message>
        <source>Cronofy Console creates Cronofy applications and calendars for your organisation, and keeps their secrets safe in this computer&apos;s keychain.</source>
        <translation>Cronofy Console crée des applications et des calendriers Cronofy pour votre organisation, et conserve leurs secrets en sécurité dans le trousseau de cet ordinateur.</translation>
    </message>
    <message>
        <source>Connect to your Cronofy account</source>
        <translation>Connectez votre compte Cronofy</translation>
    </message>
    <message>
        <source>&amp;Data center:</source>
        <translation>Centre de d&amp;onnées&#xa0;:</translation>
    </message>
    <message>
        <source>Admin API key</source>
        <translation>Clé d’API d’administration</translation>
    </message>
    <message>
        <source>Paste the key here</source>
        <translation>Collez la clé ici</translation>
    </message>
    <message>
        <source>Admin API &amp;key:</source>
        <translation>C&amp;lé d’API d’administration&#xa0;:</translation>
    </message>
    <message>
        <source>In the Cronofy dashboard, open Admin API and copy the key. It is kept in this computer&apos;s keychain, never in a file.</source>
        <translation type="vanished">Dans le tableau de bord Cronofy, ouvrez «&#xa0;Admin API&#xa0;» et copiez la clé. Elle est conservée dans le trousseau de cet ordinateur, jamais dans un fichier.</translation>
    </message>
    <message>
        <source>Cronofy has no way to test an admin API key on its own. If the key is wrong, creating your first application says so.</source>
        <translation>Cronofy ne permet pas de tester une clé d’API d’administration seule. Si la clé est incorrecte, la création de votre première application le signalera.</translation>
    </message>
    <message>
        <source>Connect to Cronofy</source>
        <translation>Se connecter à Cronofy</translation>
    </message>
    <message>
        <source>Or try it first</source>
        <translation>Ou essayez d’abord</translation>
    </message>
    <message>
        <source>Try everything with a sandbox built into Cronofy Console. Nothing is sent to Cronofy, and you can connect your account later in Settings.</source>
        <translation>Essayez tout avec un bac à sable intégré à Cronofy Console. Rien n’est envoyé à Cronofy, et vous pourrez connecter votre compte plus tard dans les paramètres.</translation>
    </message>
    <message>
        <source>Try it offline</source>
        <translation>Essayer hors ligne</translation>
    </message>
    <message>
        <source>Storing the admin API key in the keychain…</source>
        <translation>Enregistrement de la clé d’API d’administration dans le trousseau…</translation>
    </message>
    <message>
        <source>Starting the offline sandbox…</source>
        <translation>Démarrage du bac à sable hors ligne…</translation>
    </message>
    <message>
        <source>In the Cronofy dashboard, open Admin API and copy the key. It is kept in this computer&apos;s keychain, never in a file. Cronofy cannot check a key on its own, so Connect does not: the key is checked by your first request, when you create an application, and if it is wrong you can enter it again there.</source>
        <translation>Dans le tableau de bord Cronofy, ouvrez «&#xa0;Admin API&#xa0;» et copiez la clé. Elle est conservée dans le trousseau de cet ordinateur, jamais dans un fichier. Cronofy ne peut pas vérifier une clé seule, donc «&#xa0;Se connecter&#xa0;» ne la vérifie pas&#xa0;: elle est vérifiée par votre première requête, à la création d’une application, et si elle est fausse vous pouvez la saisir à nouveau à cet endroit.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Creates Cronofy applications and application calendars.</source>
        <translation>Crée des applications et des calendriers d’application Cronofy.</translation>
    </message>
    <message>
        <source>Print the version.</source>
        <translation>Afficher la version.</translation>
    </message>
    <message>
        <source>Quit as soon as the window is idle and print start-up figures.</source>
        <translation>Quitter dès que la fenêtre est inactive et afficher les mesures de démarrage.</translation>
    </message>
    <message>
        <source>Render the main screens with the offline sandbox into &lt;dir&gt;.</source>
        <translation>Générer le rendu des écrans principaux avec le bac à sable hors ligne dans &lt;dir&gt;.</translation>
    </message>
    <message>
        <source>Cronofy Console is already running: its window was brought to the front.</source>
        <translation>Cronofy Console est déjà lancé&#xa0;: sa fenêtre a été mise au premier plan.</translation>
    </message>
</context>
</TS>
