#pragma once

#include <QByteArray>
#include <QStringDecoder>
#include <QStringEncoder>
#include <QStringList>

// Batch files for the tests, built from the sandbox's demo people (fictitious, valid).
namespace tricheck::test {

struct DemoPerson
{
    const char* mobile;
    const char* name;
    const char* id;
    const char* expectedSubCode; // what the sandbox answers for the row as given
};

// Rows the demo registry answers deterministically: 101 consistent, 20x inconsistent, 301 no record.
inline QList<DemoPerson> demoRows()
{
    return {
        {"13800138000", "张三", "11010519491231002X", "101"},
        {"13512340006", "阿依古丽·买买提", "650102199304050489", "101"},
        {"13012340011", "吴刚", "210102197501300538", "101"},
        {"15512340014", "买买提·吐尔逊", "65010219681208071X", "101"},
        {"13312340021", "高山", "150102196004200375", "101"},
        {"13800138000", "张三", "110101199003074477", "202"},
        {"13800138000", "李四", "11010519491231002X", "203"},
        {"18212340007", "杨帆", "320106197007210159", "204"},
        {"13900000000", "张三", "11010519491231002X", "301"},
    };
}

// A valid, distinct row number i (for large files): mobiles not in the registry (answer 301).
inline QByteArray syntheticRow(int i, const char* separator = ",")
{
    // 139xxxxxxxx is a CMCC range; the ID number is 张三's, valid; the sandbox answers 301.
    return QByteArray("139") + QByteArray::number(10000000 + i).right(8) + separator + "张三" + separator +
           "11010519491231002X" + separator + "REF-" + QByteArray::number(i);
}

inline QByteArray utf8Csv(const QList<QByteArray>& lines, const QByteArray& eol = "\r\n")
{
    QByteArray out;
    for (const QByteArray& l : lines)
        out += l + eol;
    return out;
}

inline QByteArray toGb18030(const QByteArray& utf8)
{
    QStringEncoder encoder("GB18030");
    return encoder(QString::fromUtf8(utf8));
}

} // namespace tricheck::test
