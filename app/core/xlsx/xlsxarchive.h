#pragma once

#include "common/expected.h"
#include "xlsxerror.h"

#include <QCoreApplication>
#include <QHash>
#include <QIODevice>

#include <memory>
#include <optional>

class QuaZip;
class QuaZipFile;

namespace tricheck::xlsx {

// One entry of a workbook's zip archive, inflated as it is read. It refuses to inflate more than
// its limit (a zip bomb hides behind a harmless compressed size) and more than `tokenLimit` bytes
// between two calls of startToken(): the XML reader calls it before each token, so that no single
// element or text can grow without bound in memory. Its checksum is verified at the end.
class EntryDevice : public QIODevice
{
    Q_DECLARE_TR_FUNCTIONS(EntryDevice)

public:
    EntryDevice(std::unique_ptr<QuaZipFile> file, QString name, qint64 declaredSize, qint64 limit);
    ~EntryDevice() override;
    EntryDevice(const EntryDevice&) = delete;
    EntryDevice& operator=(const EntryDevice&) = delete;

    bool isSequential() const override { return true; }
    bool atEnd() const override { return m_finished; }

    const QString& name() const { return m_name; }
    qint64 declaredSize() const { return m_declaredSize; }
    qint64 inflated() const { return m_inflated; }
    const std::optional<XlsxError>& failure() const { return m_failure; }
    void startToken() { m_sinceToken = 0; }

    static constexpr qint64 kTokenLimit = 64LL << 20;

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    qint64 fail(XlsxError error);

    std::unique_ptr<QuaZipFile> m_file;
    QString m_name;
    qint64 m_declaredSize;
    qint64 m_limit;
    qint64 m_inflated = 0;
    qint64 m_sinceToken = 0;
    bool m_finished = false;
    std::optional<XlsxError> m_failure;
};

// The zip container of an .xlsx workbook, read through QuaZip from a seekable device (which it
// leaves open). Part names are compared without case, as OPC says. One entry is open at a time.
class XlsxArchive
{
    Q_DECLARE_TR_FUNCTIONS(XlsxArchive)

public:
    explicit XlsxArchive(QIODevice* device);
    ~XlsxArchive();
    XlsxArchive(const XlsxArchive&) = delete;
    XlsxArchive& operator=(const XlsxArchive&) = delete;

    std::optional<XlsxError> open();
    bool contains(const QString& name) const;
    // The entry `name`, refused when its declared size is over `limit` or its compression ratio is
    // that of a zip bomb; reading it stops at `limit` bytes in any case.
    Expected<std::unique_ptr<EntryDevice>, XlsxError> openEntry(const QString& name, qint64 limit);

    static constexpr int kMaxEntries = 100'000;
    // Above this size an entry must not unpack more than kMaxRatio times larger than it is stored;
    // spreadsheet XML packs 5 to 30 times.
    static constexpr qint64 kRatioFloor = 4LL << 20;
    static constexpr qint64 kMaxRatio = 500;

private:
    struct Entry
    {
        QString name;
        quint64 compressed = 0;
        quint64 uncompressed = 0;
        quint16 flags = 0;
        quint16 method = 0;
    };

    QIODevice* m_device;
    std::unique_ptr<QuaZip> m_zip;
    QHash<QString, Entry> m_entries; // by lower-case name
};

QString megabytes(qint64 bytes);

} // namespace tricheck::xlsx
