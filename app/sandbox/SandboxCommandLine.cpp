#include "SandboxCommandLine.h"

#include <QCommandLineParser>

SandboxCommandLine::Outcome SandboxCommandLine::parse(
    const QStringList &arguments, SandboxOptions *options, QString *message)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("A local Cronofy-compatible server for tests, benchmarks and trying the console offline.\n"
           "The first line printed is the base URL; a generated admin API key follows on the second line."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    const QCommandLineOption version(QStringLiteral("version"), tr("Show the version."));
    const QCommandLineOption host(QStringLiteral("host"), tr("Address to listen on (default 127.0.0.1)."),
        tr("address"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption port(QStringLiteral("port"),
        tr("Port to listen on; 0 picks a free one (default)."), tr("port"), QStringLiteral("0"));
    const QCommandLineOption adminKey(QStringLiteral("admin-key"),
        tr("An accepted admin API key (repeatable). Without one, a key is generated "
           "and printed."),
        tr("key"));
    const QCommandLineOption rateLimit(QStringLiteral("rate-limit"),
        tr("Per-application limits, e.g. 50/s,500/min (default: none)."), tr("limits"));
    const QCommandLineOption fault(QStringLiteral("fault"),
        tr("Inject a fault (repeatable), e.g. path=/v1/calendars,status=500,every=3. "
           "Keys: path method status body html malformed wrong-types missing-fields "
           "retry-after delay reset trickle size redirect every count."),
        tr("spec"));
    const QCommandLineOption state(QStringLiteral("state"),
        tr("Keep applications and calendars in this file (hashes only, no secrets)."), tr("file"));
    const QCommandLineOption allowRemote(
        QStringLiteral("allow-remote"), tr("Allow --host to be an address other machines can reach."));
    const QCommandLineOption quiet(QStringLiteral("quiet"), tr("Do not log requests."));
    parser.addOptions({help, version, host, port, adminKey, rateLimit, fault, state, allowRemote, quiet});

    if (!parser.parse(arguments)) {
        *message = tr("%1\nRun cronofy-sandbox --help to see the options.").arg(parser.errorText());
        return Outcome::Error;
    }
    if (parser.isSet(help)) {
        *message = parser.helpText();
        return Outcome::Exit;
    }
    if (parser.isSet(version)) {
        *message = QStringLiteral("cronofy-sandbox ") + QLatin1String(CONSOLE_VERSION);
        return Outcome::Exit;
    }
    if (!parser.positionalArguments().isEmpty()) {
        *message = tr("Unexpected argument \"%1\". Run cronofy-sandbox --help to see the options.")
                       .arg(parser.positionalArguments().constFirst());
        return Outcome::Error;
    }

    const QString hostText = parser.value(host);
    QHostAddress address;
    if (hostText == QLatin1String("localhost"))
        address = QHostAddress(QHostAddress::LocalHost);
    else if (!address.setAddress(hostText)) {
        *message = tr("--host needs an IP address such as 127.0.0.1, not \"%1\".").arg(hostText);
        return Outcome::Error;
    }
    options->host = address;

    bool ok = false;
    const uint portNumber = parser.value(port).toUInt(&ok);
    if (!ok || portNumber > 65535) {
        *message = tr("--port needs a number from 0 to 65535, not \"%1\".").arg(parser.value(port));
        return Outcome::Error;
    }
    options->port = quint16(portNumber);

    options->adminKeys.clear();
    const QStringList keys = parser.values(adminKey);
    for (const QString &key : keys) {
        if (key.trimmed().isEmpty()) {
            *message = tr("--admin-key needs a non-empty key.");
            return Outcome::Error;
        }
        options->adminKeys.append(key.trimmed());
    }

    if (parser.isSet(rateLimit)) {
        const auto limit = RateLimit::parse(parser.value(rateLimit), message);
        if (!limit)
            return Outcome::Error;
        options->rateLimit = *limit;
    }

    const QStringList specs = parser.values(fault);
    for (const QString &spec : specs) {
        const auto parsed = FaultSpec::parse(spec, message);
        if (!parsed)
            return Outcome::Error;
        options->faults.append(*parsed);
    }

    options->stateFile = parser.value(state);
    options->logRequests = !parser.isSet(quiet);
    m_allowRemote = parser.isSet(allowRemote);
    return Outcome::Run;
}
