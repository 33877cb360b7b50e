# CPack DEB: the tricheck package for Debian 12 (bookworm) and derivatives.
set(CPACK_DEBIAN_PACKAGE_NAME "tricheck")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # tricheck_<version>_<arch>.deb
set(CPACK_DEBIAN_PACKAGE_SECTION "utils")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
# dpkg-shlibdeps finds the libraries the executables link (Qt modules incl. Charts, Print Support and
# OpenGL, QtKeychain, OpenSSL, QuaZip for reading Excel workbooks, libc);
# Depends adds what is loaded at run time, which it cannot see: Qt's platform plugins, the SQLite
# driver of the history, the SVG icon engine and Qt's own zh_CN catalogue, and libxlsxwriter, which
# writes Excel workbooks (dlopen()ed: app/core/xlsx/xlsxwriterapi.h says why). A CJK font is a
# dependency: the PDF reports and records embed it for Chinese text (tricheck-cli report, history
# receipt), and it makes the Chinese interface readable on systems installed in English. The
# system's CA certificates are what Alibaba Cloud's certificate is verified against (libssl3 does
# not depend on them).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "qt6-qpa-plugins, libqt6sql6-sqlite, libqt6svg6, qt6-translations-l10n, libxlsxwriter4, fonts-noto-cjk | fonts-wqy-microhei, ca-certificates")
# A Secret Service provider keeps AccessKey secrets; without one they live for one run only.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring")
# The PostgreSQL driver, for a team history on a PostgreSQL server (docs/team-deployment.md).
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "qt6-wayland, libqt6sql6-psql")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_DEBIAN_COMPRESSION_TYPE "xz")
