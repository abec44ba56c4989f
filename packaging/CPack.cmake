# Installer settings for every platform. One package, "cronofy-console", holds the three programs.
# Linux: cpack -G DEB / -G RPM (checked by .ci/stages/50-packages.sh). Windows: -G WIX (MSI) and ZIP.
# macOS: -G DragNDrop (DMG). The workflows in .github/workflows build them on their runners.

set(CPACK_PACKAGE_NAME "cronofy-console")
set(CPACK_PACKAGE_VENDOR "The Cronofy Console contributors")
set(CPACK_PACKAGE_CONTACT "${CONSOLE_PACKAGE_CONTACT}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
# Wrapped by hand: Debian and rpmlint want description lines of at most 80 columns, and CPack does not wrap.
set(CPACK_PACKAGE_DESCRIPTION
    "Cronofy Console creates Cronofy applications and application calendars on\n\
any Cronofy data center, keeps the admin API key and every client secret in\n\
the system keychain and keeps a searchable list of everything it provisioned.\n\
Includes cronofyctl (the command line) and cronofy-sandbox (a local\n\
Cronofy-compatible server for trying it offline).")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Cronofy Console")
set(CPACK_PACKAGE_EXECUTABLES "cronofy-console" "Cronofy Console") # Start menu entry (WiX)
set(CPACK_CREATE_DESKTOP_LINKS "cronofy-console")
set(CPACK_PACKAGE_CHECKSUM SHA256)
set(CPACK_STRIP_FILES ON) # CI packages its RelWithDebInfo build: no debug info in the installers
# WiX wants the license as .txt or .rtf.
configure_file("${PROJECT_SOURCE_DIR}/LICENSE" "${CMAKE_CURRENT_BINARY_DIR}/LICENSE.txt" COPYONLY)
set(CPACK_RESOURCE_FILE_LICENSE "${CMAKE_CURRENT_BINARY_DIR}/LICENSE.txt")

if(WIN32)
    set(CPACK_GENERATOR "WIX;ZIP")
elseif(APPLE)
    set(CPACK_GENERATOR "DragNDrop")
else()
    set(CPACK_GENERATOR "DEB")
    find_program(CONSOLE_RPMBUILD rpmbuild)
    if(CONSOLE_RPMBUILD)
        list(APPEND CPACK_GENERATOR "RPM")
    endif()
endif()

# ---- DEB (CPACK_PACKAGING_INSTALL_PREFIX defaults to /usr for DEB and RPM) ----------------------------
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# dlopen()ed at run time, so invisible to dpkg-shlibdeps: libsecret (QtKeychain's Secret Service backend)
# and the QSQLITE driver plugin of QtSql (the registry).
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libsecret-1-0, libqt6sql6-sqlite")
# A keychain service to talk to, Qt's own translations (standard buttons), Wayland without XWayland, and the
# QPSQL driver for a team's shared list on PostgreSQL (docs/shared-list.md). The driver is recommended, not
# required: the list is a local SQLite file unless a team connects to a server, and without the driver
# `team connect` says which package to install.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS
    "gnome-keyring | kwalletmanager, qt6-translations-l10n, qt6-wayland, libqt6sql6-psql")
set(CPACK_DEBIAN_PACKAGE_SECTION "utils")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
# CPack puts the summary (CPACK_PACKAGE_DESCRIPTION_SUMMARY) on the first line itself.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "${CPACK_PACKAGE_DESCRIPTION}")

# ---- RPM ----------------------------------------------------------------------------------------------
set(CPACK_RPM_FILE_NAME RPM-DEFAULT)
set(CPACK_RPM_PACKAGE_LICENSE "MIT")
set(CPACK_RPM_PACKAGE_GROUP "Applications/Productivity")
set(CPACK_RPM_PACKAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_RPM_PACKAGE_DESCRIPTION "${CPACK_PACKAGE_DESCRIPTION}")
set(CPACK_RPM_PACKAGE_AUTOREQ ON)
# libsecret is dlopen()ed by QtKeychain, so no automatic requirement names it: required by its soname, which
# Fedora's libsecret and openSUSE's libsecret-1-0 both provide (a package name would fit only one of them).
set(CPACK_RPM_PACKAGE_REQUIRES "libsecret-1.so.0()(64bit)")
set(CPACK_RPM_SPEC_MORE_DEFINE "%define packager ${CONSOLE_PACKAGE_CONTACT}")
# Fedora's QPSQL driver, for a shared list on PostgreSQL (a weak dependency, as in the .deb).
set(CPACK_RPM_PACKAGE_SUGGESTS "qt6-qtbase-postgresql")
# Directories the system owns; the package must not claim them.
set(_rpm_dirs
    /usr/share/applications /usr/share/metainfo /usr/share/icons /usr/share/icons/hicolor
    /usr/share/icons/hicolor/scalable /usr/share/icons/hicolor/scalable/apps /usr/share/doc
    /usr/share/man /usr/share/man/man1 /usr/share/bash-completion /usr/share/bash-completion/completions
    /usr/share/zsh /usr/share/zsh/vendor-completions /usr/share/zsh/site-functions /usr/share/fish
    /usr/share/fish/vendor_completions.d)
foreach(_size 16 24 32 48 64 128 256 512)
    list(APPEND _rpm_dirs /usr/share/icons/hicolor/${_size}x${_size}
        /usr/share/icons/hicolor/${_size}x${_size}/apps)
endforeach()
set(CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION ${_rpm_dirs})

# ---- WiX MSI (Windows) --------------------------------------------------------------------------------
# Never change the upgrade GUID: it is how a new MSI finds and replaces an installed older version.
set(CPACK_WIX_UPGRADE_GUID "F669A001-0584-4F96-B4F9-37F2C76141C3")
set(CPACK_WIX_PRODUCT_ICON "${_icons}/${_id}.ico")
set(CPACK_WIX_PROGRAM_MENU_FOLDER "Cronofy Console")
set(CPACK_WIX_PROPERTY_ARPURLINFOABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_WIX_PROPERTY_ARPHELPLINK "${PROJECT_HOMEPAGE_URL}/issues")
set(CPACK_WIX_ROOT_FEATURE_TITLE "Cronofy Console")
# The MSI's product name is CPACK_PACKAGE_NAME: "Cronofy Console" for WiX only (see that file).
set(CPACK_PROJECT_CONFIG_FILE "${CMAKE_CURRENT_SOURCE_DIR}/CPackProjectConfig.cmake")

# ---- DragNDrop DMG (macOS) ----------------------------------------------------------------------------
set(CPACK_DMG_FORMAT UDBZ)
set(CPACK_DMG_VOLUME_NAME "Cronofy Console")
# No click-through license on opening the DMG: with cmake_minimum_required(3.22), CMP0133 is OLD and CPack
# would attach CPACK_RESOURCE_FILE_LICENSE as an SLA through tools macOS 12 deprecated. The license travels
# inside the bundle instead (packaging/CMakeLists.txt).
set(CPACK_DMG_SLA_USE_RESOURCE_FILE_LICENSE OFF)
if(APPLE)
    set(CPACK_PACKAGE_ICON "${_icons}/${_id}.icns") # the DMG's volume icon
endif()

include(CPack)
