#include "fingerprintkey.h"

#include "common/crypto.h"
#include "common/logging.h"
#include "credentials/keychain.h"
#include "history/fingerprints.h"

namespace tricheck::verification {

using credentials::KeychainResult;
using credentials::KeychainStatus;

QString FingerprintKey::keychainKey()
{
    return QStringLiteral("history/fingerprint-key");
}

void FingerprintKey::load(credentials::Keychain* keychain, QObject* context, Callback done)
{
    keychain->read(keychainKey(), context, [keychain, context, done](const KeychainResult& read) {
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

} // namespace tricheck::verification
