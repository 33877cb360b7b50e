#include "testenv.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <tricheck/version.h>

// `tricheck --selftest` as the package checks and IT departments run it: a separate process whose
// language comes from the environment, reporting on one JSON line.
class TestSelfTest : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QJsonObject report;
        QStringList stdoutLines;
    };

    // Runs the built tricheck with a clean language environment and a private HOME.
    static Run runSelfTest(const QString& lang, const QString& home, bool withPlatform = true)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char* name : {"LC_ALL", "LC_MESSAGES", "LANGUAGE", "DISPLAY", "WAYLAND_DISPLAY"})
            env.remove(QString::fromLatin1(name));
        env.insert(QStringLiteral("LANG"), lang);
        env.insert(QStringLiteral("HOME"), home);
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
        if (withPlatform)
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        else
            env.remove(QStringLiteral("QT_QPA_PLATFORM"));

        QProcess process;
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(TRICHECK_GUI_PATH), {QStringLiteral("--selftest")});
        Run run;
        if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit)
            return run;
        run.exitCode = process.exitCode();
        const QString out = QString::fromUtf8(process.readAllStandardOutput());
        run.stdoutLines = out.split(u'\n', Qt::SkipEmptyParts);
        if (run.stdoutLines.size() == 1)
            run.report = QJsonDocument::fromJson(run.stdoutLines.first().toUtf8()).object();
        return run;
    }

private slots:
    void initTestCase() { tricheck::test::isolateEnvironment(); }

    void reportsTheEnvironmentsLanguage_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("titleWord");
        QTest::addColumn<bool>("qtCatalogue");
        QTest::addColumn<QString>("qtText");

        QTest::newRow("zh_CN") << "zh_CN.UTF-8"
                               << "zh_CN" << QStringLiteral("核验") << true << QStringLiteral("取消");
        QTest::newRow("zh_TW falls back to Simplified Chinese")
            << "zh_TW.UTF-8"
            << "zh_CN" << QStringLiteral("核验") << true << QStringLiteral("取消");
        QTest::newRow("C") << "C.UTF-8"
                           << "en"
                           << "verification" << false << "Cancel";
        QTest::newRow("en_GB") << "en_GB.UTF-8"
                               << "en"
                               << "verification" << false << "Cancel";
        QTest::newRow("untranslated de_DE falls back to English") << "de_DE.UTF-8"
                                                                  << "en"
                                                                  << "verification" << false << "Cancel";
    }

    void reportsTheEnvironmentsLanguage()
    {
        QFETCH(QString, lang);
        QFETCH(QString, language);
        QFETCH(QString, titleWord);
        QFETCH(bool, qtCatalogue);
        QFETCH(QString, qtText);

        QTemporaryDir home;
        QVERIFY(home.isValid());
        const Run run = runSelfTest(lang, home.path());
        QCOMPARE(run.stdoutLines.size(), 1);
        QCOMPARE(run.exitCode, 0);
        const QJsonObject& r = run.report;
        QCOMPARE(r.value(QStringLiteral("selftest")).toString(), QStringLiteral("ok"));
        QCOMPARE(r.value(QStringLiteral("problems")).toArray().size(), 0);
        QCOMPARE(r.value(QStringLiteral("version")).toString(), QStringLiteral(TRICHECK_VERSION));
        QCOMPARE(r.value(QStringLiteral("language")).toString(), language);
        QCOMPARE(r.value(QStringLiteral("appCatalogue")).toBool(), true);
        QCOMPARE(r.value(QStringLiteral("qtCatalogue")).toBool(), qtCatalogue);
        QCOMPARE(r.value(QStringLiteral("qtCatalogueFile")).toString().endsWith(u"qtbase_zh_CN.qm"), qtCatalogue);
        QVERIFY2(r.value(QStringLiteral("windowTitle")).toString().contains(titleWord),
                 qPrintable(r.value(QStringLiteral("windowTitle")).toString()));
        QCOMPARE(r.value(QStringLiteral("qtText")).toString(), qtText);
        QCOMPARE(r.value(QStringLiteral("icon")).toBool(), true);
        QCOMPARE(r.value(QStringLiteral("sqlite")).toBool(), true);
    }

    void choosesOffscreenWithoutADisplay()
    {
        QTemporaryDir home;
        QVERIFY(home.isValid());
        const Run run = runSelfTest(QStringLiteral("C.UTF-8"), home.path(), false);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.report.value(QStringLiteral("platform")).toString(), QStringLiteral("offscreen"));
    }

    void writesNothingToTheUsersHome()
    {
        QTemporaryDir home;
        QVERIFY(home.isValid());
        QCOMPARE(runSelfTest(QStringLiteral("zh_CN.UTF-8"), home.path()).exitCode, 0);
        const QStringList left = QDir(home.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
        QVERIFY2(left.isEmpty(), qPrintable(left.join(u',')));
    }
};

QTEST_GUILESS_MAIN(TestSelfTest)
#include "testselftest.moc"
