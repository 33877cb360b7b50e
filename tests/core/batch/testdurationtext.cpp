// durationText(): the time left and the elapsed time of a batch, as the CLI's progress line and
// the batch dialog show them.

#include "batch/durationtext.h"

#include <QtTest>

class TestDurationText : public QObject
{
    Q_OBJECT

private slots:
    void durationText_data()
    {
        QTest::addColumn<double>("seconds");
        QTest::addColumn<QString>("text");
        QTest::newRow("zero") << 0.0 << QStringLiteral("0:00");
        QTest::newRow("rounded") << 59.6 << QStringLiteral("1:00");
        QTest::newRow("minutes") << 754.0 << QStringLiteral("12:34");
        QTest::newRow("hour") << 3600.0 << QStringLiteral("1:00:00");
        QTest::newRow("hours") << 37230.0 << QStringLiteral("10:20:30");
    }
    void durationText()
    {
        QFETCH(double, seconds);
        QFETCH(QString, text);
        QCOMPARE(tricheck::batch::durationText(seconds), text);
    }
};

QTEST_GUILESS_MAIN(TestDurationText)
#include "testdurationtext.moc"
