#include "identity/personname.h"
#include "testenv.h"

#include <QtTest>

using namespace tricheck::identity;

Q_DECLARE_METATYPE(tricheck::identity::Reason)

class TestPersonName : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { tricheck::test::isolateEnvironment(); }

    void valid_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("normalized");
        QTest::newRow("two characters") << QStringLiteral("张三") << QStringLiteral("张三");
        QTest::newRow("trimmed") << QStringLiteral("  王小明 ") << QStringLiteral("王小明");
        QTest::newRow("compound surname") << QStringLiteral("欧阳娜娜") << QStringLiteral("欧阳娜娜");
        QTest::newRow("minority U+00B7") << QStringLiteral("阿依古丽·买买提") << QStringLiteral("阿依古丽·买买提");
        QTest::newRow("minority U+2022") << QStringLiteral("阿依古丽•买买提") << QStringLiteral("阿依古丽•买买提");
        QTest::newRow("minority U+30FB") << QStringLiteral("阿依古丽・买买提") << QStringLiteral("阿依古丽・买买提");
        QTest::newRow("Latin with space") << "Li Si"
                                          << "Li Si";
        QTest::newRow("spaces collapsed") << "Li    Si"
                                          << "Li Si";
        QTest::newRow("full-width Latin") << QStringLiteral("Ｌｉ　Ｓｉ") << "Li Si";
        QTest::newRow("accented Latin") << QStringLiteral("José") << QStringLiteral("José");
        QTest::newRow("single character") << QStringLiteral("敏") << QStringLiteral("敏");
        QTest::newRow("CJK extension B") << QStringLiteral("王𠀋") << QStringLiteral("王𠀋");
        QTest::newRow("ideographic zero") << QStringLiteral("李〇") << QStringLiteral("李〇");
        QTest::newRow("64 characters") << QString(64, u'张') << QString(64, u'张');
    }
    void valid()
    {
        QFETCH(QString, input);
        QFETCH(QString, normalized);
        const Validation v = validateName(input);
        QVERIFY2(v.isValid(), qPrintable(v.primary() ? IdentityText::id(v.primary()->reason) : QString()));
        QCOMPARE(v.normalized, normalized);
    }

    void reasons_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<Reason>("reason");
        QTest::newRow("empty") << "" << Reason::Empty;
        QTest::newRow("only spaces") << "   " << Reason::Empty;
        QTest::newRow("65 characters") << QString(65, u'张') << Reason::NameTooLong;
        QTest::newRow("65 supplementary characters")
            << QString(QStringLiteral("𠀋")).repeated(65) << Reason::NameTooLong;
        QTest::newRow("ASCII digit") << QStringLiteral("张3") << Reason::NameHasDigit;
        QTest::newRow("full-width digit") << QStringLiteral("张３") << Reason::NameHasDigit;
        QTest::newRow("circled digit") << QStringLiteral("张①") << Reason::NameHasDigit;
        QTest::newRow("control character") << QStringLiteral("张\u0007三") << Reason::NameHasControlCharacter;
        QTest::newRow("inner newline") << QStringLiteral("张\n三") << Reason::NameHasControlCharacter;
        QTest::newRow("zero-width joiner") << QStringLiteral("张\u200d三") << Reason::NameHasControlCharacter;
        QTest::newRow("punctuation") << QStringLiteral("张,三") << Reason::NameBadCharacter;
        QTest::newRow("emoji") << QStringLiteral("张😀") << Reason::NameBadCharacter;
        QTest::newRow("Cyrillic") << QStringLiteral("Иван") << Reason::NameBadCharacter;
        QTest::newRow("hiragana") << QStringLiteral("さくら") << Reason::NameBadCharacter;
        QTest::newRow("only a dot") << QStringLiteral("·") << Reason::NameMisplacedDot;
        QTest::newRow("leading dot") << QStringLiteral("·买买提") << Reason::NameMisplacedDot;
        QTest::newRow("trailing dot") << QStringLiteral("买买提·") << Reason::NameMisplacedDot;
        QTest::newRow("double dot") << QStringLiteral("阿依古丽··买买提") << Reason::NameMisplacedDot;
    }
    void reasons()
    {
        QFETCH(QString, input);
        QFETCH(Reason, reason);
        const Validation v = validateName(input);
        QVERIFY(!v.isValid());
        QCOMPARE(v.primary()->reason, reason);
        QVERIFY(!IdentityText::describe(Field::Name, *v.primary()).isEmpty());
    }

    void badCharacterIsNamedByClassAndPosition()
    {
        // The character itself is part of a name: the message names its kind and position only.
        const Validation v = validateName(QStringLiteral("张😀"));
        QCOMPARE(v.primary()->detail, QStringLiteral("symbol"));
        QCOMPARE(v.primary()->position, 2);
        const QString text = IdentityText::describe(Field::Name, *v.primary());
        QVERIFY2(text.contains(QStringLiteral("character 2 is a symbol")), qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("😀")) && !text.contains(QStringLiteral("张")));
        const Validation punctuation = validateName(QStringLiteral("王,五"));
        QCOMPARE(IdentityText::describe(Field::Name, *punctuation.primary()),
                 QStringLiteral("A name can contain Chinese characters, Latin letters, spaces and the middle dot · "
                                "(character 2 is a punctuation mark)."));
    }
};

QTEST_GUILESS_MAIN(TestPersonName)
#include "testpersonname.moc"
