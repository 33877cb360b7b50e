#include "secretinput.h"

#include "jsonout.h"

#include <cstdio>
#include <string>

#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

namespace tricheck::cli {

namespace {

// Turns terminal echo off for its lifetime (restored on every path out).
class EchoOff
{
public:
    EchoOff()
    {
#ifdef Q_OS_WIN
        m_handle = GetStdHandle(STD_INPUT_HANDLE);
        if (GetConsoleMode(m_handle, &m_mode))
            m_active = SetConsoleMode(m_handle, m_mode & ~DWORD(ENABLE_ECHO_INPUT)) != 0;
#else
        if (tcgetattr(STDIN_FILENO, &m_saved) == 0) {
            termios quiet = m_saved;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            quiet.c_lflag |= tcflag_t(ECHONL);
            m_active = tcsetattr(STDIN_FILENO, TCSADRAIN, &quiet) == 0;
        }
#endif
    }
    ~EchoOff()
    {
        if (!m_active)
            return;
#ifdef Q_OS_WIN
        SetConsoleMode(m_handle, m_mode);
#else
        tcsetattr(STDIN_FILENO, TCSADRAIN, &m_saved);
#endif
    }
    EchoOff(const EchoOff&) = delete;
    EchoOff& operator=(const EchoOff&) = delete;

private:
    bool m_active = false;
#ifdef Q_OS_WIN
    HANDLE m_handle = nullptr;
    DWORD m_mode = 0;
#else
    termios m_saved{};
#endif
};

std::optional<QString> readLine()
{
    std::string line;
    int c = 0;
    bool any = false;
    while ((c = std::fgetc(stdin)) != EOF) {
        any = true;
        if (c == '\n')
            break;
        line.push_back(char(c));
    }
    if (!any)
        return std::nullopt;
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    return QString::fromUtf8(line.data(), qsizetype(line.size()));
}

#ifndef Q_OS_WIN
// Character-at-a-time input without echo and without signals (Ctrl+C is read as a byte, so the
// terminal is always restored), for its lifetime.
class RawInput
{
public:
    RawInput()
    {
        if (tcgetattr(STDIN_FILENO, &m_saved) == 0) {
            termios raw = m_saved;
            raw.c_lflag &= ~tcflag_t(ECHO | ICANON | ISIG);
            raw.c_cc[VMIN] = 1;
            raw.c_cc[VTIME] = 0;
            m_active = tcsetattr(STDIN_FILENO, TCSADRAIN, &raw) == 0;
        }
    }
    ~RawInput()
    {
        if (m_active)
            tcsetattr(STDIN_FILENO, TCSADRAIN, &m_saved);
    }
    RawInput(const RawInput&) = delete;
    RawInput& operator=(const RawInput&) = delete;

private:
    termios m_saved{};
    bool m_active = false;
};
#endif

// A UTF-8 lead byte starts a new character; continuation bytes (10xxxxxx) do not.
bool startsCharacter(unsigned char byte)
{
    return (byte & 0xC0) != 0x80;
}

} // namespace

std::optional<QString> readMaskedLine(const QString& prompt)
{
    if (!stdinIsTerminal())
        return readLine();
#ifdef Q_OS_WIN
    return readSecretLine(prompt); // no echo at all on Windows consoles
#else
    // Raw before the prompt: an answer typed the moment the prompt shows is neither echoed by the
    // terminal nor discarded by the switch (TCSADRAIN keeps input that is already waiting).
    const RawInput raw;
    (void)writeAll(stderr, prompt.toUtf8());
    std::string line;
    while (true) {
        unsigned char byte = 0;
        if (::read(STDIN_FILENO, &byte, 1) != 1)
            return std::nullopt;
        if (byte == '\r' || byte == '\n')
            break;
        if (byte == 0x03 || (byte == 0x04 && line.empty())) { // Ctrl+C, Ctrl+D
            (void)writeAll(stderr, "\n");
            return std::nullopt;
        }
        if (byte == 0x7f || byte == 0x08) { // backspace: the whole last character
            while (!line.empty() && !startsCharacter(static_cast<unsigned char>(line.back())))
                line.pop_back();
            if (!line.empty()) {
                line.pop_back();
                (void)writeAll(stderr, "\b \b");
            }
            continue;
        }
        if (byte < 0x20)
            continue; // other control characters are not part of an identity value
        line.push_back(char(byte));
        if (startsCharacter(byte))
            (void)writeAll(stderr, "*");
    }
    (void)writeAll(stderr, "\n");
    return QString::fromUtf8(line.data(), qsizetype(line.size()));
#endif
}

std::optional<QString> readPromptedLine(const QString& prompt)
{
    if (stdinIsTerminal())
        (void)writeAll(stderr, prompt.toUtf8());
    return readLine();
}

bool stdinIsTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stdin)) != 0;
#else
    return isatty(STDIN_FILENO) != 0;
#endif
}

std::optional<QString> readSecretLine(const QString& prompt)
{
    if (!stdinIsTerminal())
        return readLine();
    const EchoOff quiet; // before the prompt: an answer typed at once is not echoed
    (void)writeAll(stderr, prompt.toUtf8());
    return readLine();
}

} // namespace tricheck::cli
