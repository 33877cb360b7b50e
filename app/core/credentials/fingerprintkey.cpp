#include "fingerprintkey.h"

#include "common/crypto.h"
#include "common/logging.h"
#include "credentials/keychain.h"
#include "history/fingerprints.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace tricheck::credentials {

QString FingerprintKey::keychainKey()
{
    return QStringLiteral("history/fingerprint-key");
}

namespace {

constexpr int kMaximumKeyBytes = 1024;
constexpr qint64 kMaximumFileBytes = qint64(64) * 1024;

} // namespace

QString FingerprintKey::keyId(const QByteArray& key)
{
    return QString::fromLatin1(
        crypto::hmac(crypto::Hash::Sha256, key, QByteArrayLiteral("tricheck fingerprint key id")).left(8).toHex());
}

Expected<QByteArray, QString> FingerprintKey::parse(const QByteArray& text)
{
    using Result = Expected<QByteArray, QString>;
    QByteArray encoded;
    for (const QByteArray& raw : text.split('\n')) {
        const QByteArray line = raw.trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        if (!encoded.isEmpty())
            return Result::failure(tr("A fingerprint key file holds one line with the key (base64), and comments."));
        encoded = line;
    }
    if (encoded.isEmpty())
        return Result::failure(tr("The file holds no fingerprint key."));
    const auto decoded = QByteArray::fromBase64Encoding(encoded, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return Result::failure(tr("The fingerprint key is not valid base64."));
    if (decoded.decoded.size() < history::Fingerprints::kMinimumKeyBytes)
        return Result::failure(tr("The fingerprint key is too short: %1 bytes, at least %2 are needed.")
                                   .arg(decoded.decoded.size())
                                   .arg(history::Fingerprints::kMinimumKeyBytes));
    if (decoded.decoded.size() > kMaximumKeyBytes)
        return Result::failure(tr("The fingerprint key is too long: at most %1 bytes.").arg(kMaximumKeyBytes));
    return Result(decoded.decoded);
}

QByteArray FingerprintKey::format(const QByteArray& key)
{
    return QByteArrayLiteral("# TriCheck fingerprint key: keep it secret, readable by the operators only.\n"
                             "# Key id: ") +
           keyId(key).toLatin1() + '\n' + key.toBase64() + '\n';
}

Expected<QByteArray, QString> FingerprintKey::readFile(const QString& path, QString* warning)
{
    using Result = Expected<QByteArray, QString>;
    const QString shown = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result::failure(tr("The fingerprint key file %1 cannot be read: %2").arg(shown, file.errorString()));
    if (file.size() > kMaximumFileBytes)
        return Result::failure(tr("%1 is not a fingerprint key file (too big).").arg(shown));
    auto key = parse(file.read(kMaximumFileBytes));
    if (!key)
        return Result::failure(tr("%1: %2").arg(shown, key.error()));
#if !defined(Q_OS_WIN)
    if (warning && (QFileInfo(path).permissions() & QFileDevice::ReadOther))
        *warning = tr("The fingerprint key file %1 can be read by every user of this computer: it should be "
                      "readable by the operators' group only (chmod 640).")
                       .arg(shown);
#endif
    return key;
}

void FingerprintKey::loadInForce(const QString& policyFile,
                                 Keychain* keychain,
                                 QObject* context,
                                 LoadedCallback done,
                                 bool create)
{
    if (!policyFile.isEmpty()) {
        // The administrator's key or none: falling back to the keychain's would write
        // fingerprints that the team's history cannot match.
        Loaded loaded;
        loaded.path = policyFile;
        loaded.source = Source::PolicyFile;
        const auto key = readFile(policyFile, &loaded.warning);
        if (key)
            loaded.key = key.value();
        else
            loaded.problem = key.error();
        QMetaObject::invokeMethod(
            context,
            [done, loaded] { done(loaded); },
            Qt::QueuedConnection);
        return;
    }
    load(
        keychain,
        context,
        [done](const std::optional<QByteArray>& key, const QString& problem) {
            Loaded loaded;
            loaded.key = key;
            loaded.source = key ? Source::Keychain : Source::None;
            loaded.problem = problem;
            done(loaded);
        },
        create);
}

void FingerprintKey::load(Keychain* keychain, QObject* context, Callback done, bool create)
{
    keychain->read(keychainKey(), context, [keychain, context, done, create](const KeychainResult& read) {
        if (read.ok()) {
            // A damaged key is not replaced: a new one would silently orphan every stored fingerprint.
            const QByteArray key = QByteArray::fromBase64(read.data);
            if (key.size() >= history::Fingerprints::kMinimumKeyBytes)
                done(key, {});
            else
                done(std::nullopt, FingerprintKey::tr("The history's fingerprint key in the keychain is damaged."));
            return;
        }
        if (read.status != KeychainStatus::NotFound) {
            qCInfo(lcHistory) << "no fingerprint key: keychain" << int(read.status);
            done(std::nullopt, read.message);
            return;
        }
        if (!create) {
            done(std::nullopt, {});
            return;
        }
        // First use on this installation: create the key. Another TriCheck process may be doing
        // the same right now, so the stored key is read back and used, whichever write won.
        const QByteArray fresh = crypto::randomBytes(32);
        if (fresh.size() != 32) {
            done(std::nullopt, QString());
            return;
        }
        keychain->write(keychainKey(),
                        fresh.toBase64(),
                        context,
                        [keychain, context, done](const KeychainResult& written) {
                            if (!written.ok()) {
                                done(std::nullopt, written.message);
                                return;
                            }
                            keychain->read(keychainKey(), context, [done](const KeychainResult& again) {
                                const QByteArray key = QByteArray::fromBase64(again.data);
                                if (again.ok() && key.size() >= history::Fingerprints::kMinimumKeyBytes)
                                    done(key, {});
                                else
                                    done(std::nullopt, again.message);
                            });
                        });
    });
}

} // namespace tricheck::credentials
