#include "translations.h"

#include "common/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <tricheck/version.h>

namespace tricheck::i18n {

namespace {

// The process-wide announcement behind Translations::onCatalogueChanged().
class CatalogueSignal : public QObject
{
    Q_OBJECT

signals:
    void changed();
};

Q_GLOBAL_STATIC(CatalogueSignal, g_catalogueSignal)

} // namespace

Translations::Translations(QObject* parent)
    : QObject(parent)
{ }

Translations::~Translations()
{
    const bool installed = m_app != nullptr;
    removeInstalled();
    if (installed && !g_catalogueSignal.isDestroyed())
        emit g_catalogueSignal()->changed();
}

QMetaObject::Connection Translations::onCatalogueChanged(QObject* receiver, std::function<void()> slot)
{
    return QObject::connect(g_catalogueSignal(), &CatalogueSignal::changed, receiver, std::move(slot));
}

QStringList Translations::availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("zh_CN")};
}

QString Translations::normalizedLanguage(const QString& lang)
{
    QString l = lang.trimmed();
    l = l.left(l.indexOf(u'.') >= 0 ? l.indexOf(u'.') : l.size()).replace(u'-', u'_');
    if (l.startsWith(u"zh", Qt::CaseInsensitive))
        return QStringLiteral("zh_CN");
    if (l.startsWith(u"en", Qt::CaseInsensitive) || l.compare(u"C", Qt::CaseInsensitive) == 0 ||
        l.compare(u"POSIX", Qt::CaseInsensitive) == 0)
        return QStringLiteral("en");
    return {};
}

QString Translations::systemLanguage()
{
    // Only Simplified Chinese is translated; any Chinese UI preference is closer to it than English.
    for (const QString& ui : QLocale::system().uiLanguages()) {
        if (ui.startsWith(u"zh", Qt::CaseInsensitive))
            return QStringLiteral("zh_CN");
        if (ui.startsWith(u"en", Qt::CaseInsensitive))
            return QStringLiteral("en");
    }
    return QStringLiteral("en");
}

QString Translations::nativeName(const QString& lang)
{
    // Always in the language itself: a user who cannot read the current language must find theirs.
    if (normalizedLanguage(lang) == u"zh_CN")
        return QStringLiteral("简体中文");
    return QStringLiteral("English");
}

QString Translations::qtCatalogueFile() const
{
    return m_qt ? m_qt->filePath() : QString();
}

void Translations::removeInstalled()
{
    if (m_app)
        QCoreApplication::removeTranslator(m_app.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
    m_app.reset();
    m_qt.reset();
    m_qtLoaded = false;
}

bool Translations::setLanguage(const QString& requested)
{
    const QString lang = normalizedLanguage(requested);
    if (lang.isEmpty())
        return false;

    auto app = std::make_unique<QTranslator>();
    if (!app->load(QStringLiteral(":/i18n/tricheck_%1.qm").arg(lang))) {
        qCWarning(lcI18n) << "embedded catalogue missing for" << lang;
        return false;
    }

    auto qt = std::make_unique<QTranslator>();
    bool qtLoaded = false;
    if (lang != u"en") {
        // Debian installs Qt's catalogues under QLibraryInfo's path; a relocated bundle carries them
        // next to the executable (Windows, where windeployqt merges them into qt_<lang>.qm) or in
        // the bundle's Resources (macOS, installer/macos/deploy-macos.cmake.in).
        const QString appDir = QCoreApplication::applicationDirPath();
        const QStringList dirs{QLibraryInfo::path(QLibraryInfo::TranslationsPath),
                               appDir + QStringLiteral("/translations"),
                               appDir + QStringLiteral("/../Resources/translations"),
                               QStringLiteral(TRICHECK_INSTALL_DATADIR "/qt6/translations")};
        for (const QString& dir : dirs) {
            for (const QString& name : {QStringLiteral("qtbase_%1"), QStringLiteral("qt_%1")}) {
                if (!qtLoaded && qt->load(name.arg(lang), dir))
                    qtLoaded = true;
            }
            if (qtLoaded)
                break;
        }
        if (!qtLoaded)
            qCInfo(lcI18n) << "Qt's own catalogue not found for" << lang << "(install qt6-translations-l10n)";
    }

    removeInstalled();
    m_app = std::move(app);
    QCoreApplication::installTranslator(m_app.get());
    if (qtLoaded) {
        m_qt = std::move(qt);
        QCoreApplication::installTranslator(m_qt.get());
    }
    m_qtLoaded = qtLoaded;
    QLocale::setDefault(QLocale(lang == u"zh_CN" ? QLocale::Chinese : QLocale::English,
                                lang == u"zh_CN" ? QLocale::China : QLocale::UnitedStates));
    const bool changed = m_language != lang;
    m_language = lang;
    emit g_catalogueSignal()->changed();
    if (changed)
        emit languageChanged(lang);
    return true;
}

} // namespace tricheck::i18n

#include "translations.moc"
