# Puts the Qt runtime (libraries, platform/style/sqldriver/tls plugins, Qt's translations) and QtKeychain
# next to the installed programs on Windows and inside the bundle on macOS, at `cmake --install` / cpack
# time. Included by packaging/CMakeLists.txt on WIN32 or APPLE when cronofy-console exists.

# Qt's own texts (standard buttons, file dialogs) in the console's languages. app/core/common/Localization
# loads Qt's qtbase_<lang>.qm, but windeployqt only writes merged qt_<lang>.qm files and macdeployqt writes
# none: the qtbase catalogs of the shipped languages (translations/cronofy-console_<lang>.ts) are installed
# where Localization looks (Windows: <prefix>/translations, which bin/qt.conf names; macOS: the bundle's
# Resources/translations).
set(_qt_translations "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_TRANSLATIONS}")
set(_qtbase_qm "")
foreach(_ts IN LISTS CONSOLE_TS_FILES)
    if(NOT _ts MATCHES "_([a-z][a-z])\\.ts$")
        continue()
    endif()
    set(_lang "${CMAKE_MATCH_1}")
    if(_lang STREQUAL "en")
        continue()
    endif()
    if(EXISTS "${_qt_translations}/qtbase_${_lang}.qm")
        list(APPEND _qtbase_qm "${_qt_translations}/qtbase_${_lang}.qm")
    else()
        message(WARNING "${_qt_translations}/qtbase_${_lang}.qm does not exist (Qt's translations are not "
            "installed): the installer's standard buttons and dialogs stay in English for '${_lang}'.")
    endif()
endforeach()
if(_qtbase_qm AND WIN32)
    install(FILES ${_qtbase_qm} DESTINATION translations)
elseif(_qtbase_qm AND APPLE)
    install(FILES ${_qtbase_qm} DESTINATION "Cronofy Console.app/Contents/Resources/translations")
endif()

if(WIN32)
    # The window, through Qt's own generator; its signature changed in Qt 6.5.
    if(Qt6_VERSION VERSION_GREATER_EQUAL 6.5)
        qt_generate_deploy_app_script(TARGET cronofy-console OUTPUT_SCRIPT _console_deploy
            NO_UNSUPPORTED_PLATFORM_ERROR)
    else()
        qt_generate_deploy_app_script(TARGET cronofy-console FILENAME_VARIABLE _console_deploy
            NO_UNSUPPORTED_PLATFORM_ERROR)
    endif()
    install(SCRIPT "${_console_deploy}")

    # cronofyctl and cronofy-sandbox use modules the window does not (HttpServer, WebSockets): windeployqt
    # adds those to the same bin folder.
    if(_tools)
        set(_tool_files "")
        foreach(_tool IN LISTS _tools)
            list(APPEND _tool_files "\${QT_DEPLOY_BIN_DIR}/$<TARGET_FILE_NAME:${_tool}>")
        endforeach()
        list(POP_FRONT _tool_files _first_tool)
        file(GENERATE OUTPUT "${CMAKE_CURRENT_BINARY_DIR}/deploy-tools-$<CONFIG>.cmake" CONTENT "
include(\"${QT_DEPLOY_SUPPORT}\")
qt_deploy_runtime_dependencies(EXECUTABLE \"${_first_tool}\" ADDITIONAL_EXECUTABLES ${_tool_files}
    GENERATE_QT_CONF)
")
        install(SCRIPT "${CMAKE_CURRENT_BINARY_DIR}/deploy-tools-$<CONFIG>.cmake")
    endif()

    # QtKeychain is not a Qt module: windeployqt leaves it out. The MSVC runtime comes with it.
    get_target_property(_keychain Qt6Keychain::Qt6Keychain ALIASED_TARGET)
    if(NOT _keychain)
        set(_keychain Qt6Keychain::Qt6Keychain)
    endif()
    install(IMPORTED_RUNTIME_ARTIFACTS ${_keychain} RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR}
        LIBRARY DESTINATION ${CMAKE_INSTALL_BINDIR})
    set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION ${CMAKE_INSTALL_BINDIR})
    include(InstallRequiredSystemLibraries)
elseif(APPLE)
    # One macdeployqt run over the bundle that also fixes the command-line programs inside it
    # (qt_generate_deploy_app_script cannot name extra executables). macdeployqt copies QtKeychain into
    # Contents/Frameworks as well; the install rpath keeps its link directory so it can be found.
    set_target_properties(${_programs} PROPERTIES INSTALL_RPATH_USE_LINK_PATH ON)
    set(_bundle "$<TARGET_FILE_NAME:cronofy-console>.app")
    set(_extra "")
    foreach(_tool IN LISTS _tools)
        # Quoted: the bundle's name has a space in it.
        string(APPEND _extra " \"${_bundle}/Contents/MacOS/$<TARGET_FILE_NAME:${_tool}>\"")
    endforeach()
    set(_extra_arg "")
    if(_extra)
        set(_extra_arg "ADDITIONAL_EXECUTABLES${_extra}")
    endif()
    # CPack's strip and macdeployqt's install_name_tool rewrite the binaries, which voids the ad-hoc signature
    # the linker gave them, and Apple silicon kills an arm64 program whose signature does not match: the
    # bundle is signed again (ad hoc; a published release would sign with a Developer ID and notarize).
    file(GENERATE OUTPUT "${CMAKE_CURRENT_BINARY_DIR}/deploy-bundle-$<CONFIG>.cmake" CONTENT "
include(\"${QT_DEPLOY_SUPPORT}\")
qt_deploy_runtime_dependencies(EXECUTABLE \"${_bundle}\" ${_extra_arg})
execute_process(COMMAND codesign --force --deep --sign - \"\${QT_DEPLOY_PREFIX}/${_bundle}\"
    RESULT_VARIABLE _codesign_result)
if(NOT _codesign_result EQUAL 0)
    message(FATAL_ERROR \"codesign of ${_bundle} failed: \${_codesign_result}\")
endif()
")
    install(SCRIPT "${CMAKE_CURRENT_BINARY_DIR}/deploy-bundle-$<CONFIG>.cmake")
endif()
