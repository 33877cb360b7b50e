#include "xlsxarchive.h"

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipfileinfo.h>

namespace tricheck::xlsx {

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / 1048576.0, 'f', bytes < (10LL << 20) ? 1 : 0);
}

EntryDevice::EntryDevice(std::unique_ptr<QuaZipFile> file, QString name, qint64 declaredSize, qint64 limit)
    : m_file(std::move(file))
    , m_name(std::move(name))
    , m_declaredSize(declaredSize)
    , m_limit(limit)
{
    QIODevice::open(QIODevice::ReadOnly | QIODevice::Unbuffered);
}

EntryDevice::~EntryDevice()
{
    if (m_file->isOpen())
        m_file->close();
}

qint64 EntryDevice::fail(XlsxError error)
{
    if (!m_failure)
        m_failure = std::move(error);
    m_finished = true;
    setErrorString(m_failure->message);
    return -1;
}

qint64 EntryDevice::readData(char* data, qint64 maxSize)
{
    if (m_failure)
        return -1;
    if (m_finished)
        return 0;
    if (m_sinceToken > kTokenLimit)
        return fail(XlsxError::unsafe(
            tr("%1 has a single element or text of more than %2 MB.").arg(m_name, megabytes(kTokenLimit))));
    const qint64 n = m_file->read(data, maxSize);
    if (n < 0)
        return fail(XlsxError::damaged(tr("%1 cannot be unpacked").arg(m_name)));
    if (n == 0) {
        m_finished = true;
        m_file->close();
        if (m_file->getZipError() != UNZ_OK)
            return fail(XlsxError::damaged(tr("%1 does not match its checksum").arg(m_name)));
        return 0;
    }
    m_inflated += n;
    m_sinceToken += n;
    if (m_inflated > m_limit)
        return fail(XlsxError::unsafe(
            tr("%1 unpacks to more than %2 MB, more than a workbook of this kind may hold (a zip bomb?).")
                .arg(m_name, megabytes(m_limit))));
    return n;
}

XlsxArchive::XlsxArchive(QIODevice* device)
    : m_device(device)
{ }

XlsxArchive::~XlsxArchive()
{
    if (m_zip && m_zip->isOpen())
        m_zip->close();
}

std::optional<XlsxError> XlsxArchive::open()
{
    m_zip = std::make_unique<QuaZip>(m_device);
    m_zip->setAutoClose(false); // the device belongs to the caller (a batch reads it again)
    m_zip->setZip64Enabled(true);
    m_zip->setUtf8Enabled(true);
    if (!m_zip->open(QuaZip::mdUnzip))
        return XlsxError::damaged(tr("it is not a complete zip archive; the file may be truncated"));
    const int count = m_zip->getEntriesCount();
    if (count > kMaxEntries)
        return XlsxError::unsafe(tr("the archive lists %1 entries.").arg(count));
    for (bool more = m_zip->goToFirstFile(); more; more = m_zip->goToNextFile()) {
        QuaZipFileInfo64 info;
        if (!m_zip->getCurrentFileInfo(&info))
            return XlsxError::damaged(tr("its list of entries cannot be read"));
        QString name = info.name;
        if (name.startsWith(u'/'))
            name.remove(0, 1);
        m_entries.insert(name.toLower(), {name, info.compressedSize, info.uncompressedSize, info.flags, info.method});
        if (m_entries.size() > kMaxEntries)
            return XlsxError::unsafe(tr("the archive lists more than %1 entries.").arg(kMaxEntries));
    }
    if (m_zip->getZipError() != UNZ_OK)
        return XlsxError::damaged(tr("its list of entries cannot be read"));
    return std::nullopt;
}

bool XlsxArchive::contains(const QString& name) const
{
    return m_entries.contains(name.toLower());
}

Expected<std::unique_ptr<EntryDevice>, XlsxError> XlsxArchive::openEntry(const QString& name, qint64 limit)
{
    using Result = Expected<std::unique_ptr<EntryDevice>, XlsxError>;
    const auto it = m_entries.constFind(name.toLower());
    if (it == m_entries.cend())
        return Result::failure(XlsxError::damaged(tr("the part %1 is missing").arg(name)));
    const Entry& e = it.value();
    if ((e.flags & 1U) != 0)
        return Result::failure(
            XlsxError::make(XlsxError::Kind::OldFormat,
                            tr("The workbook is encrypted. Save it again without a password, then choose it.")));
    if (e.method != 0 && e.method != Z_DEFLATED)
        return Result::failure(
            XlsxError::damaged(tr("%1 uses an unsupported compression method (%2)").arg(e.name).arg(e.method)));
    if (e.uncompressed > quint64(limit))
        return Result::failure(
            XlsxError::unsafe(tr("%1 unpacks to %2 MB, more than a workbook of this kind may hold (at most %3 MB).")
                                  .arg(e.name,
                                       megabytes(qint64(std::min<quint64>(e.uncompressed, quint64(1) << 62))),
                                       megabytes(limit))));
    if (e.uncompressed > quint64(kRatioFloor) &&
        e.uncompressed / std::max<quint64>(e.compressed, 1) > quint64(kMaxRatio))
        return Result::failure(XlsxError::unsafe(tr("%1 would unpack %2 times larger than it is stored (a zip bomb?).")
                                                     .arg(e.name)
                                                     .arg(e.uncompressed / std::max<quint64>(e.compressed, 1))));
    if (!m_zip->setCurrentFile(e.name, QuaZip::csSensitive))
        return Result::failure(XlsxError::damaged(tr("the part %1 cannot be found").arg(e.name)));
    auto file = std::make_unique<QuaZipFile>(m_zip.get());
    if (!file->open(QIODevice::ReadOnly))
        return Result::failure(XlsxError::damaged(tr("the part %1 cannot be opened").arg(e.name)));
    return std::make_unique<EntryDevice>(std::move(file), e.name, qint64(e.uncompressed), limit);
}

} // namespace tricheck::xlsx
