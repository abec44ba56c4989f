<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>DataCenter</name>
    <message>
        <location filename="../app/core/api/DataCenter.cpp" line="+53" />
        <source>Enter a data center (us, au, ca, de, sg or uk) or a base URL such as https://api.example.com.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>"%1" is not a web address. Enter a base URL that starts with https://, for example https://api.example.com.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>The base URL must start with https://. Correct it and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Plain http:// is only allowed for this computer (127.0.0.1 or localhost), because keys and secrets would cross the network unencrypted. Use https:// instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>The base URL must not contain a user name, a password, a query or a fragment. Enter just the scheme, host, port and optional path.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+20" />
        <source>"%1" is not a data center. Use one of us, au, ca, de, sg or uk, or a base URL such as https://api.example.com.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+28" />
        <source>United States</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Australia</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Canada</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Germany</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Singapore</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>United Kingdom</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Offline sandbox</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ErrorPresenter</name>
    <message>
        <location filename="../ui/widgets/ErrorPresenter.cpp" line="+27" />
        <source>Problem with this field</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Localization</name>
    <message>
        <location filename="../app/core/common/Localization.cpp" line="+109" />
        <source>Same as the system (%1)</source>
        <translation>Igual que el sistema (%1)</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <location filename="../ui/widgets/MessageBanner.cpp" line="+23" />
        <source>Message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+12" />
        <source>&amp;Details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Show technical details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Show the technical details, for example to send them to support</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <location line="+1" />
        <source>Close the message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>Technical details</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SecretError</name>
    <message>
        <location filename="../app/core/secrets/SecretStore.cpp" line="+11" />
        <source>This secret is not in your keychain. Enter it again; another program may have removed it from the keychain.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Cronofy Console could not reach your keychain. Start your desktop's keyring (GNOME Keyring or KWallet), then try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Your keychain is locked or refused access. Unlock your desktop's keyring (it may still be locked after login), then try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>Cronofy Console could not use your keychain. Try again; if it keeps failing, restart your desktop's keyring.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Cronofy Console could not use your keychain (the keychain said: %1). Try again; if it keeps failing, restart your desktop's keyring.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SecretLineEdit</name>
    <message>
        <location filename="../ui/widgets/SecretLineEdit.cpp" line="+91" />
        <source>Hide</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>Show</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Hide the secret (Ctrl+R)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>Show the secret (Ctrl+R)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Hide the secret</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>Show the secret</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>