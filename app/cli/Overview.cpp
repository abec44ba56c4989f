// The top-level help of cronofyctl.
#include "CliContext.h"
#include "Commands.h"
#include "SubcommandParser.h"

QString Commands::overview()
{
    return Cli::tr(
               "Usage: cronofyctl COMMAND [options]\n"
               "\n"
               "Cronofy Console on the command line: the same list of applications and calendars and the "
               "same "
               "keychain as the window.\n"
               "\n"
               "Commands:\n"
               "  admin-key set --data-center DC < key      store a data center's admin API key (from "
               "stdin)\n"
               "  admin-key remove --data-center DC         remove it\n"
               "  app create --data-center DC --name NAME --url URL [--show-secret]\n"
               "                                            create an application; prints its client_id\n"
               "  app import --data-center DC --client-id ID < client-secret\n"
               "                                            add an application made in the dashboard, or\n"
               "                                            replace the client secret of one in the list\n"
               "  app list [--json]                         list the applications\n"
               "  calendar provision --app CLIENT_ID (ID... | --csv FILE) [--concurrency N] [--rate N/s]\n"
               "                     [--per-minute N] [--refresh]\n"
               "                                            provision application calendars, paced and "
               "resumable\n"
               "  calendar list [--app CLIENT_ID] [--json | --csv]\n"
               "                                            list application calendars\n"
               "  calendar revoke --app CLIENT_ID SUB...    revoke application calendars\n"
               "  calendar verify --app CLIENT_ID ID        check an application calendar\n"
               "\n"
               "DC is us, au, ca, de, sg or uk, or a base URL (https, or plain http on this computer only).\n"
               "Secrets are read from standard input, never from the command line.\n"
               "Run \"cronofyctl COMMAND ACTION --help\" for the options of each command.\n"
               "\n")
        + SubcommandParser::exitCodesText();
}
