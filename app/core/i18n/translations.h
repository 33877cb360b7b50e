#pragma once

#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>

class QTranslator;

namespace tricheck::i18n {

// Owns the installed translators of the process: TriCheck's own catalogue (embedded under :/i18n)
// and Qt's (qtbase_*.qm from Debian's qt6-translations-l10n). Switching language replaces both at
// run time; installing a translator makes Qt send QEvent::LanguageChange to every widget, which is
// how the GUI retranslates without a restart. Used by the GUI and by the CLI (translated messages).
class Translations : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Translations)

public:
    explicit Translations(QObject* parent = nullptr);
    ~Translations() override;

    static QStringList availableLanguages();                // {"en", "zh_CN"}
    static QString systemLanguage();                        // zh_CN for any Chinese UI locale, else en
    static QString nativeName(const QString& lang);         // "English", "简体中文"
    static QString normalizedLanguage(const QString& lang); // "zh", "zh-CN", "zh_CN.UTF-8" -> "zh_CN"

    // Installs the catalogues for `requested` ("en" or "zh_CN"); false for an unknown language, in which
    // case nothing changes. Qt's catalogue is optional: a missing qtbase file is logged, not fatal.
    bool setLanguage(const QString& requested);
    QString language() const { return m_language; }
    bool qtCatalogueLoaded() const { return m_qtLoaded; }
    QString qtCatalogueFile() const; // path of Qt's loaded catalogue, empty when none

    // Calls `slot` (in `receiver`'s thread) whenever the catalogues installed in this process
    // change: any Translations object switched language or went away. For objects outside the
    // widget tree that format texts themselves (item models), instead of watching the
    // application's events.
    static QMetaObject::Connection onCatalogueChanged(QObject* receiver, std::function<void()> slot);

signals:
    void languageChanged(const QString& lang);

private:
    void removeInstalled();

    QString m_language;
    bool m_qtLoaded = false;
    std::unique_ptr<QTranslator> m_app;
    std::unique_ptr<QTranslator> m_qt;
};

} // namespace tricheck::i18n
