#include "i18n/translations.h"
#include "identity/carrier.h"
#include "testenv.h"

#include <QLocale>
#include <QSignalSpy>
#include <QtTest>

using tricheck::i18n::Translations;

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { tricheck::test::isolateEnvironment(); }

    void normalizedLanguage_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("lang");
        QTest::newRow("zh_CN") << "zh_CN"
                               << "zh_CN";
        QTest::newRow("zh-CN") << "zh-CN"
                               << "zh_CN";
        QTest::newRow("zh_CN.UTF-8") << "zh_CN.UTF-8"
                                     << "zh_CN";
        QTest::newRow("zh") << "zh"
                            << "zh_CN";
        QTest::newRow("zh_TW goes to Simplified") << "zh_TW"
                                                  << "zh_CN";
        QTest::newRow("en_US") << "en_US"
                               << "en";
        QTest::newRow("C") << "C"
                           << "en";
        QTest::newRow("fr not offered") << "fr_FR"
                                        << "";
    }
    void normalizedLanguage()
    {
        QFETCH(QString, input);
        QFETCH(QString, lang);
        QCOMPARE(Translations::normalizedLanguage(input), lang);
    }

    void switchesAtRunTime()
    {
        Translations t;
        QSignalSpy changed(&t, &Translations::languageChanged);
        QVERIFY(t.setLanguage(QStringLiteral("zh_CN")));
        QCOMPARE(t.language(), QStringLiteral("zh_CN"));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(tricheck::identity::CarrierInfo::displayName(tricheck::identity::Carrier::ChinaTelecom),
                 QStringLiteral("中国电信"));
        QCOMPARE(QLocale().language(), QLocale::Chinese);

        QVERIFY(t.setLanguage(QStringLiteral("en")));
        QCOMPARE(changed.count(), 2);
        QCOMPARE(tricheck::identity::CarrierInfo::displayName(tricheck::identity::Carrier::ChinaTelecom),
                 QStringLiteral("China Telecom"));
        QCOMPARE(QLocale().language(), QLocale::English);

        QVERIFY(t.setLanguage(QStringLiteral("en"))); // same language: no signal
        QCOMPARE(changed.count(), 2);
    }

    void unknownLanguageChangesNothing()
    {
        Translations t;
        QVERIFY(t.setLanguage(QStringLiteral("zh_CN")));
        QVERIFY(!t.setLanguage(QStringLiteral("fr")));
        QCOMPARE(t.language(), QStringLiteral("zh_CN"));
        QCOMPARE(tricheck::identity::CarrierInfo::displayName(tricheck::identity::Carrier::ChinaMobile),
                 QStringLiteral("中国移动"));
    }

    void qtOwnCatalogueIsLoaded()
    {
        // Standard dialog buttons come from qtbase_zh_CN.qm (Debian qt6-translations-l10n).
        Translations t;
        QVERIFY(t.setLanguage(QStringLiteral("zh_CN")));
        QVERIFY(t.qtCatalogueLoaded());
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("取消"));
        QVERIFY(t.setLanguage(QStringLiteral("en")));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Cancel"));
    }

    void destructorUninstalls()
    {
        {
            Translations t;
            QVERIFY(t.setLanguage(QStringLiteral("zh_CN")));
        }
        QCOMPARE(tricheck::identity::CarrierInfo::displayName(tricheck::identity::Carrier::ChinaMobile),
                 QStringLiteral("China Mobile"));
    }

    void nativeNames()
    {
        QCOMPARE(Translations::nativeName(QStringLiteral("zh_CN")), QStringLiteral("简体中文"));
        QCOMPARE(Translations::nativeName(QStringLiteral("en")), QStringLiteral("English"));
        QCOMPARE(Translations::availableLanguages(), (QStringList{QStringLiteral("en"), QStringLiteral("zh_CN")}));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "testtranslations.moc"
