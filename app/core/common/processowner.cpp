#include "processowner.h"

#include "crypto.h"

#include <QCoreApplication>
#include <QStringList>
#include <QSysInfo>

#ifdef Q_OS_UNIX
#include <sys/types.h>

#include <cerrno>
#include <csignal>
#endif

namespace tricheck {

QString ProcessOwner::current()
{
    static const QString owner = QStringLiteral("%1:%2:%3")
                                     .arg(QSysInfo::machineHostName())
                                     .arg(QCoreApplication::applicationPid())
                                     .arg(crypto::randomHex(8));
    return owner;
}

bool ProcessOwner::isLocal(const QString& owner)
{
    const QStringList parts = owner.split(u':');
    return parts.size() >= 3 && parts.at(0) == QSysInfo::machineHostName();
}

bool ProcessOwner::isGone(const QString& owner)
{
    if (owner.isEmpty())
        return true;
    if (!isLocal(owner))
        return false;
    if (owner == current())
        return false;
#ifdef Q_OS_UNIX
    bool ok = false;
    const qint64 pid = owner.section(u':', 1, 1).toLongLong(&ok);
    if (!ok || pid <= 0)
        return true;
    if (pid == QCoreApplication::applicationPid())
        return false; // this process under another token, or an earlier one with its id: time tells
    return !(::kill(pid_t(pid), 0) == 0 || errno == EPERM);
#else
    return false;
#endif
}

} // namespace tricheck
