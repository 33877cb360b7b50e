#include "appinfo.h"

#include <QCoreApplication>
#include <QProcessEnvironment>

#include <tricheck/version.h>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace tricheck {

QString AppInfo::organizationName()
{
    return QStringLiteral("TriCheck");
}

QString AppInfo::organizationDomain()
{
    return QStringLiteral("tricheck.github.io");
}

QString AppInfo::applicationName()
{
    return QStringLiteral("TriCheck");
}

QString AppInfo::version()
{
    return QStringLiteral(TRICHECK_VERSION);
}

QString AppInfo::desktopFileName()
{
    return QStringLiteral("io.github.tricheck.TriCheck");
}

QString AppInfo::osUserName()
{
    // The account the process runs as, not $USER: the environment can be changed by the operator,
    // the audit trail should record who actually ran the check. Looked up once: the process never
    // changes its account, and a batch records thousands of attempts a second (getpwuid reads
    // /etc/passwd each time).
    static const QString name = [] {
#ifdef Q_OS_UNIX
        if (const passwd* pw = ::getpwuid(::geteuid()); pw != nullptr && pw->pw_name != nullptr)
            return QString::fromLocal8Bit(pw->pw_name);
#endif
        const auto env = QProcessEnvironment::systemEnvironment();
        return env.value(QStringLiteral("USER"), env.value(QStringLiteral("USERNAME"), QStringLiteral("unknown")));
    }();
    return name;
}

void AppInfo::applyTo(QCoreApplication& app)
{
    Q_UNUSED(app)
    QCoreApplication::setOrganizationName(organizationName());
    QCoreApplication::setOrganizationDomain(organizationDomain());
    QCoreApplication::setApplicationName(applicationName());
    QCoreApplication::setApplicationVersion(version());
}

} // namespace tricheck
