// TokenBucket: the batch's request pacing. Never more than the rate in any second, close to it
// when sends leave a little late, a hold after throttling, and no limit at rate 0.

#include "batch/tokenbucket.h"

#include <QList>
#include <QtTest>

#include <algorithm>

using tricheck::batch::TokenBucket;

class TestTokenBucket : public QObject
{
    Q_OBJECT

private slots:
    void tokenBucketSpacing()
    {
        TokenBucket bucket(50);
        const double interval = 1000.0 / (50 * TokenBucket::kHeadroom);
        QCOMPARE(bucket.msUntilToken(0), 0.0);
        bucket.take(0);
        QVERIFY(qFuzzyCompare(bucket.msUntilToken(0), interval));
        // A send 1 ms late keeps the grid: the next one is due one interval after the first was.
        bucket.take(interval + 1);
        QVERIFY(qFuzzyCompare(bucket.msUntilToken(interval + 1), interval - 1));
        // A much later one starts a new grid: the next follows it by a whole interval.
        bucket.take(1000);
        QVERIFY(qFuzzyCompare(bucket.msUntilToken(1000), interval));
        // Over any second, at most `rate` sends.
        TokenBucket b(50);
        QList<double> sends;
        for (int step = 0; step < 10000; ++step) {
            const double t = step * 0.5;
            if (b.msUntilToken(t) == 0) {
                b.take(t);
                sends.append(t);
            }
        }
        for (int i = 0; i + 50 < sends.size(); ++i)
            QVERIFY(sends.at(i + 50) - sends.at(i) >= 1000);
        QVERIFY(sends.size() >= 240); // and close to it: 49/s with the headroom
        // The same with sends that leave late (a busy event loop), at several rates: never more than
        // `rate` in any second, and, while the lateness stays within the catch-up allowance, never
        // fewer than rate - 2 (the 50 ± 2).
        for (const int rate : {1, 3, 10, 50, 100, 500}) {
            TokenBucket late(rate);
            QList<double> at;
            quint32 jitter = 12345;
            double t = 0;
            while (at.size() < 5 * rate + 2) {
                t += late.msUntilToken(t);
                jitter = jitter * 1103515245u + 12345u;
                const double catchUp = std::min(TokenBucket::kCatchUpMs, 1000.0 / (rate * TokenBucket::kHeadroom) / 2);
                t += catchUp * double(jitter >> 16 & 0xFF) / 255.0; // 0 to catchUp ms late
                late.take(t);
                at.append(t);
            }
            for (int i = 0; i + rate < at.size(); ++i)
                QVERIFY2(at.at(i + rate) - at.at(i) >= 1000, qPrintable(QString::number(rate)));
            for (int i = 0; i + rate - 2 < at.size(); ++i) {
                if (rate > 2 && rate <= 50)
                    QVERIFY2(at.at(i + rate - 2) - at.at(i) < 1000, qPrintable(QString::number(rate)));
            }
        }
        b.holdUntil(9000);
        QVERIFY(b.msUntilToken(6000) >= 3000);
        TokenBucket unlimited(0);
        unlimited.take(0);
        QCOMPARE(unlimited.msUntilToken(0), 0.0);
    }
};

QTEST_GUILESS_MAIN(TestTokenBucket)
#include "testtokenbucket.moc"
