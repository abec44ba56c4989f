#pragma once

#include "SandboxOptions.h"

#include <QCoreApplication>
#include <QStringList>

// The cronofy-sandbox command line:
//   cronofy-sandbox [--host 127.0.0.1] [--port N] [--admin-key KEY]... [--rate-limit 50/s,500/min]
//                   [--fault SPEC]... [--state FILE] [--allow-remote] [--quiet] [--help] [--version]
class SandboxCommandLine
{
    Q_DECLARE_TR_FUNCTIONS(SandboxCommandLine)

public:
    enum class Outcome { Run, Exit, Error };

    // Fills options from arguments (argv, program name first). Exit: --help or --version was printed
    // (to *message); Error: *message says what is wrong and what to do.
    Outcome parse(const QStringList &arguments, SandboxOptions *options, QString *message);
    bool allowRemote() const { return m_allowRemote; }

private:
    bool m_allowRemote = false;
};
