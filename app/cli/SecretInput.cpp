#include "SecretInput.h"

#include "CliContext.h"

#include <QByteArray>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif
#ifdef Q_OS_WIN
#include <windows.h>
#endif

namespace {

constexpr qsizetype kMaxBytes = 64 * 1024;

// Turns terminal echo off for its lifetime.
class EchoOff
{
public:
    EchoOff()
    {
#ifdef Q_OS_UNIX
        if (::tcgetattr(STDIN_FILENO, &m_saved) == 0) {
            termios quiet = m_saved;
            quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
            quiet.c_lflag |= ICANON;
            m_active = ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0;
        }
#elif defined(Q_OS_WIN)
        m_handle = GetStdHandle(STD_INPUT_HANDLE);
        if (GetConsoleMode(m_handle, &m_saved))
            m_active = SetConsoleMode(m_handle, m_saved & ~static_cast<DWORD>(ENABLE_ECHO_INPUT)) != 0;
#endif
    }
    ~EchoOff()
    {
#ifdef Q_OS_UNIX
        if (m_active)
            ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &m_saved);
#elif defined(Q_OS_WIN)
        if (m_active)
            SetConsoleMode(m_handle, m_saved);
#endif
    }
    EchoOff(const EchoOff &) = delete;
    EchoOff &operator=(const EchoOff &) = delete;

private:
    bool m_active = false;
#ifdef Q_OS_UNIX
    termios m_saved {};
#elif defined(Q_OS_WIN)
    HANDLE m_handle = nullptr;
    DWORD m_saved = 0;
#endif
};

// Overwrites the buffer before it is freed: a secret should not linger in freed memory longer than needed.
void wipe(QByteArray &bytes)
{
    bytes.fill('\0');
    bytes.clear();
}

} // namespace

bool SecretInput::read(const QString &prompt, QString *secret, QString *error)
{
    QByteArray bytes;
    const bool terminal = CliContext::stdinIsTerminal();
    if (terminal) {
        CliContext::errRaw(prompt);
        EchoOff quiet;
        int c = 0;
        while ((c = std::fgetc(stdin)) != EOF && c != '\n' && bytes.size() <= kMaxBytes)
            bytes.append(static_cast<char>(c));
        CliContext::errRaw(QStringLiteral("\n")); // the Enter that was not echoed
    } else {
        char buffer[4096];
        size_t n = 0;
        while ((n = std::fread(buffer, 1, sizeof buffer, stdin)) > 0 && bytes.size() <= kMaxBytes)
            bytes.append(buffer, static_cast<qsizetype>(n));
    }
    if (bytes.size() > kMaxBytes) {
        wipe(bytes);
        *error = Cli::tr(
            "The input is longer than 64 KB, which no Cronofy key is. Pass only the key on standard "
            "input.");
        return false;
    }
    if (bytes.endsWith('\n'))
        bytes.chop(1);
    if (bytes.endsWith('\r'))
        bytes.chop(1);
    *secret = QString::fromUtf8(bytes);
    wipe(bytes);
    if (secret->trimmed().isEmpty()) {
        *error = terminal ? Cli::tr("Nothing was typed. Paste the value and press Enter.")
                          : Cli::tr("Standard input was empty. Pass the value on standard input, for example "
                                    "from a password manager: pass show cronofy | cronofyctl ...");
        return false;
    }
    return true;
}
