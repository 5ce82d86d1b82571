<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="sw">
<context>
    <name>EnrolDialog</name>
    <message>
        <location filename="../enrol_dialog.py" line="21" />
        <source>Connect to a server</source>
        <translation>Unganisha na seva</translation>
    </message>
    <message>
        <location filename="../enrol_dialog.py" line="30" />
        <source>&amp;Server address:</source>
        <translation>&amp;Anwani ya seva:</translation>
    </message>
    <message>
        <location filename="../enrol_dialog.py" line="31" />
        <source>&amp;Account:</source>
        <translation>&amp;Akaunti:</translation>
    </message>
    <message>
        <location filename="../enrol_dialog.py" line="32" />
        <source>&amp;Password:</source>
        <translation>&amp;Nenosiri:</translation>
    </message>
    <message>
        <location filename="../enrol_dialog.py" line="48" />
        <source>Connecting…</source>
        <translation>Inaunganisha…</translation>
    </message>
</context>
<context>
    <name>FillingView</name>
    <message>
        <location filename="../filling.py" line="60" />
        <source>Form language</source>
        <translation>Lugha ya fomu</translation>
    </message>
    <message>
        <location filename="../filling.py" line="62" />
        <source>(one language)</source>
        <translation>(lugha moja)</translation>
    </message>
    <message>
        <location filename="../filling.py" line="70" />
        <source>&amp;Language:</source>
        <translation>&amp;Lugha:</translation>
    </message>
    <message>
        <location filename="../filling.py" line="95" />
        <source>◀ Back (PgUp)</source>
        <translation>◀ Rudi (PgUp)</translation>
    </message>
    <message>
        <location filename="../filling.py" line="96" />
        <source>Next (PgDn) ▶</source>
        <translation>Endelea (PgDn) ▶</translation>
    </message>
    <message>
        <location filename="../filling.py" line="97" />
        <source>Overview (Ctrl+J)</source>
        <translation>Muhtasari (Ctrl+J)</translation>
    </message>
    <message>
        <location filename="../filling.py" line="98" />
        <source>Save and close (Ctrl+W)</source>
        <translation>Hifadhi na funga (Ctrl+W)</translation>
    </message>
    <message>
        <location filename="../filling.py" line="270" />
        <source>✓ Saved</source>
        <translation>✓ Imehifadhiwa</translation>
    </message>
    <message>
        <location filename="../filling.py" line="272" />
        <source>Every answer is on the disk.</source>
        <translation>Kila jibu limehifadhiwa kwenye diski.</translation>
    </message>
    <message>
        <location filename="../filling.py" line="274" />
        <source>⚠ NOT SAVED</source>
        <translation>⚠ HAIJAHIFADHIWA</translation>
    </message>
    <message>
        <location filename="../filling.py" line="311" />
        <source>Remove this “{label}” (Ctrl+Del)</source>
        <translation>Ondoa “{label}” hii (Ctrl+Del)</translation>
    </message>
    <message>
        <location filename="../filling.py" line="325" />
        <source>{label} — {n} of {count}</source>
        <translation>{label} — {n} kati ya {count}</translation>
    </message>
    <message>
        <location filename="../filling.py" line="329" />
        <source>Page {n} of {count}</source>
        <translation>Ukurasa {n} kati ya {count}</translation>
    </message>
    <message>
        <location filename="../filling.py" line="342" />
        <source>Add another “{label}”? There are {count} now.</source>
        <translation>Ongeza “{label}” nyingine? Sasa zipo {count}.</translation>
    </message>
    <message>
        <location filename="../filling.py" line="348" />
        <source>&amp;Add another</source>
        <translation>&amp;Ongeza nyingine</translation>
    </message>
    <message>
        <location filename="../filling.py" line="349" />
        <source>&amp;No, go on (Enter)</source>
        <translation>&amp;Hapana, endelea (Enter)</translation>
    </message>
    <message>
        <location filename="../filling.py" line="356" />
        <source>&amp;Remove the last one</source>
        <translation>&amp;Ondoa ya mwisho</translation>
    </message>
    <message>
        <location filename="../filling.py" line="395" />
        <source>Remove</source>
        <translation>Ondoa</translation>
    </message>
    <message>
        <location filename="../filling.py" line="396" />
        <source>Remove “{label}” {n} and all its answers?</source>
        <translation>Ondoa “{label}” {n} pamoja na majibu yake yote?</translation>
    </message>
    <message>
        <location filename="../filling.py" line="414" />
        <source>End of the form. Check the problems below, then finalize.</source>
        <translation>Mwisho wa fomu. Angalia matatizo hapa chini, kisha kamilisha.</translation>
    </message>
    <message>
        <location filename="../filling.py" line="419" />
        <source>Problems</source>
        <translation>Matatizo</translation>
    </message>
    <message>
        <location filename="../filling.py" line="424" />
        <source>&amp;Finalize</source>
        <translation>&amp;Kamilisha</translation>
    </message>
    <message>
        <location filename="../filling.py" line="445" />
        <source>No problems: ready to finalize.</source>
        <translation>Hakuna matatizo: tayari kukamilisha.</translation>
    </message>
    <message>
        <location filename="../filling.py" line="447" />
        <source>This submission is finalized and can no longer be changed.</source>
        <translation>Fomu hii imekamilishwa na haiwezi kubadilishwa tena.</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <location filename="../home.py" line="46" />
        <source>Drafts</source>
        <translation>Rasimu</translation>
    </message>
    <message>
        <location filename="../home.py" line="47" />
        <source>Ready to send</source>
        <translation>Tayari kutumwa</translation>
    </message>
    <message>
        <location filename="../home.py" line="48" />
        <source>Sent</source>
        <translation>Zimetumwa</translation>
    </message>
    <message>
        <location filename="../home.py" line="49" />
        <source>Sent back</source>
        <translation>Zimerudishwa</translation>
    </message>
    <message>
        <location filename="../home.py" line="53" />
        <source>&amp;Forms</source>
        <translation>&amp;Fomu</translation>
    </message>
    <message>
        <location filename="../home.py" line="56" />
        <source>Installed forms</source>
        <translation>Fomu zilizosakinishwa</translation>
    </message>
    <message>
        <location filename="../home.py" line="61" />
        <source>version {version} · {languages}</source>
        <translation>toleo {version} · {languages}</translation>
    </message>
    <message>
        <location filename="../home.py" line="70" />
        <source>&amp;New submission (Ctrl+N)</source>
        <translation>&amp;Jaza fomu mpya (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../home.py" line="82" />
        <source>Search titles (Ctrl+F)</source>
        <translation>Tafuta majina (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../home.py" line="85" />
        <source>All forms</source>
        <translation>Fomu zote</translation>
    </message>
    <message>
        <location filename="../home.py" line="90" />
        <source>Any time</source>
        <translation>Wakati wowote</translation>
    </message>
    <message>
        <location filename="../home.py" line="91" />
        <source>Today</source>
        <translation>Leo</translation>
    </message>
    <message>
        <location filename="../home.py" line="92" />
        <source>Last 7 days</source>
        <translation>Siku 7 zilizopita</translation>
    </message>
    <message>
        <location filename="../home.py" line="93" />
        <source>Last 30 days</source>
        <translation>Siku 30 zilizopita</translation>
    </message>
    <message>
        <location filename="../home.py" line="112" />
        <source>Title</source>
        <translation>Jina</translation>
    </message>
    <message>
        <location filename="../home.py" line="113" />
        <source>Form</source>
        <translation>Fomu</translation>
    </message>
    <message>
        <location filename="../home.py" line="114" />
        <source>Status</source>
        <translation>Hali</translation>
    </message>
    <message>
        <location filename="../home.py" line="115" />
        <source>Changed</source>
        <translation>Ilibadilishwa</translation>
    </message>
    <message>
        <location filename="../home.py" line="116" />
        <source>Enumerator</source>
        <translation>Mdadisi</translation>
    </message>
    <message>
        <location filename="../home.py" line="122" />
        <source>Submissions</source>
        <translation>Fomu zilizojazwa</translation>
    </message>
    <message>
        <location filename="../home.py" line="202" />
        <source>Nothing here.</source>
        <translation>Hakuna kitu hapa.</translation>
    </message>
</context>
<context>
    <name>LoginView</name>
    <message>
        <location filename="../login.py" line="57" />
        <source>Password</source>
        <translation>Nenosiri</translation>
    </message>
    <message>
        <location filename="../login.py" line="61" />
        <source>Welcome to Daftari. Create the administrator profile for this computer: it can add the other users and reset a forgotten password.</source>
        <translation>Karibu Daftari. Unda wasifu wa msimamizi wa kompyuta hii: unaweza kuongeza watumiaji wengine na kuweka upya nenosiri lililosahaulika.</translation>
    </message>
    <message>
        <location filename="../login.py" line="70" />
        <source>&amp;Name:</source>
        <translation>&amp;Jina:</translation>
    </message>
    <message>
        <location filename="../login.py" line="71" />
        <source>&amp;Enumerator id:</source>
        <translation>&amp;Namba ya mdadisi:</translation>
    </message>
    <message>
        <location filename="../login.py" line="72" />
        <source>&amp;Site (city):</source>
        <translation>&amp;Eneo (mji):</translation>
    </message>
    <message>
        <location filename="../login.py" line="73" />
        <location filename="../login.py" line="90" />
        <source>&amp;Password:</source>
        <translation>&amp;Nenosiri:</translation>
    </message>
    <message>
        <location filename="../login.py" line="74" />
        <source>&amp;Repeat the password:</source>
        <translation>&amp;Rudia nenosiri:</translation>
    </message>
    <message>
        <location filename="../login.py" line="75" />
        <source>&amp;Create profile</source>
        <translation>&amp;Unda wasifu</translation>
    </message>
    <message>
        <location filename="../login.py" line="79" />
        <source>Locked. Enter your password to go on, or switch user.</source>
        <translation>Imefungwa. Weka nenosiri lako kuendelea, au badilisha mtumiaji.</translation>
    </message>
    <message>
        <location filename="../login.py" line="81" />
        <source>Who is working?</source>
        <translation>Nani anafanya kazi?</translation>
    </message>
    <message>
        <location filename="../login.py" line="89" />
        <source>&amp;User:</source>
        <translation>&amp;Mtumiaji:</translation>
    </message>
    <message>
        <location filename="../login.py" line="91" />
        <source>&amp;Log in</source>
        <translation>&amp;Ingia</translation>
    </message>
    <message>
        <location filename="../login.py" line="105" />
        <source>The two passwords are not the same.</source>
        <translation>Manenosiri mawili hayafanani.</translation>
    </message>
    <message>
        <location filename="../login.py" line="120" />
        <source>Checking…</source>
        <translation>Inakagua…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="85" />
        <source>&amp;Daftari</source>
        <translation>&amp;Daftari</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="87" />
        <source>&amp;Install a form (XLSForm)…</source>
        <translation>&amp;Sakinisha fomu (XLSForm)…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="89" />
        <source>&amp;Lock / switch user</source>
        <translation>&amp;Funga / badilisha mtumiaji</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="90" />
        <source>&amp;Sync now</source>
        <translation>&amp;Sawazisha sasa</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="91" />
        <source>&amp;Connect to a server…</source>
        <translation>&amp;Unganisha na seva…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="93" />
        <source>&amp;Quit</source>
        <translation>&amp;Toka</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="94" />
        <source>&amp;View</source>
        <translation>&amp;Mwonekano</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="96" />
        <source>Larger text</source>
        <translation>Maandishi makubwa zaidi</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="99" />
        <source>Smaller text</source>
        <translation>Maandishi madogo zaidi</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="101" />
        <source>Normal text size</source>
        <translation>Ukubwa wa kawaida wa maandishi</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="102" />
        <source>Interface &amp;language</source>
        <translation>&amp;Lugha ya programu</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="135" />
        <source>Locked</source>
        <translation>Imefungwa</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="241" />
        <source>Finalized. It will be sent when a connection appears.</source>
        <translation>Imekamilishwa. Itatumwa mtandao ukipatikana.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="247" />
        <source>Choose a file…</source>
        <translation>Chagua faili…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="248" />
        <source>OK</source>
        <translation>Sawa</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="249" />
        <source>Type a whole number.</source>
        <translation>Andika namba kamili.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="250" />
        <source>Type a number.</source>
        <translation>Andika namba.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="251" />
        <source>Type a date as YYYY-MM-DD (F4 opens a calendar).</source>
        <translation>Andika tarehe kama YYYY-MM-DD (F4 hufungua kalenda).</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="252" />
        <source>Type a time as HH:MM.</source>
        <translation>Andika saa kama HH:MM.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="253" />
        <source>Type a date and time as YYYY-MM-DD HH:MM.</source>
        <translation>Andika tarehe na saa kama YYYY-MM-DD HH:MM.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="254" />
        <source>Latitude</source>
        <translation>Latitudo</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="255" />
        <source>Longitude</source>
        <translation>Longitudo</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="256" />
        <source>Accuracy (m)</source>
        <translation>Usahihi (m)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="257" />
        <source>Latitude and longitude are numbers, e.g. 3.7194 and 34.8567.</source>
        <translation>Latitudo na longitudo ni namba, kwa mfano 3.7194 na 34.8567.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="258" />
        <source>Latitude is between -90 and 90.</source>
        <translation>Latitudo iko kati ya -90 na 90.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="259" />
        <source>Longitude is between -180 and 180.</source>
        <translation>Longitudo iko kati ya -180 na 180.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="260" />
        <source>Accuracy is a positive number of metres.</source>
        <translation>Usahihi ni namba chanya ya mita.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="278" />
        <source>Install a form</source>
        <translation>Sakinisha fomu</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="278" />
        <source>XLSForms (*.xlsx *.xls)</source>
        <translation>XLSForm (*.xlsx *.xls)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="297" />
        <source>Installed {title}, version {version}.</source>
        <translation>Imesakinishwa {title}, toleo {version}.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="299" />
        <source>{title}, version {version}, was already installed.</source>
        <translation>{title}, toleo {version}, ilikuwa imeshasakinishwa.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="311" />
        <source>The form was not installed</source>
        <translation>Fomu haikusakinishwa</translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <location filename="../overview.py" line="19" />
        <source>Question</source>
        <translation>Swali</translation>
    </message>
    <message>
        <location filename="../overview.py" line="19" />
        <source>Answer</source>
        <translation>Jibu</translation>
    </message>
    <message>
        <location filename="../overview.py" line="19" />
        <source>State</source>
        <translation>Hali</translation>
    </message>
    <message>
        <location filename="../overview.py" line="20" />
        <source>Overview of the form</source>
        <translation>Muhtasari wa fomu</translation>
    </message>
    <message>
        <location filename="../overview.py" line="48" />
        <source>⚠ invalid</source>
        <translation>⚠ si sahihi</translation>
    </message>
    <message>
        <location filename="../overview.py" line="50" />
        <source>✓ answered</source>
        <translation>✓ imejibiwa</translation>
    </message>
    <message>
        <location filename="../overview.py" line="52" />
        <source>○ required</source>
        <translation>○ inahitajika</translation>
    </message>
    <message>
        <location filename="../overview.py" line="54" />
        <source>○ unanswered</source>
        <translation>○ haijajibiwa</translation>
    </message>
</context>
<context>
    <name>SyncLabel</name>
    <message>
        <location filename="../sync_status.py" line="26" />
        <source>{n} waiting to send</source>
        <translation>{n} zinasubiri kutumwa</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="30" />
        <source>sending {step} {done}/{total}</source>
        <translation>inatuma {step} {done}/{total}</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="35" />
        <source>syncing…</source>
        <translation>inasawazisha…</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="36" />
        <source>{kb} kB sent</source>
        <translation>kB {kb} zimetumwa</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="38" />
        <source>not connected to a server yet (Daftari → Connect to a server)</source>
        <translation>bado haijaunganishwa na seva (Daftari → Unganisha na seva)</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="40" />
        <source>last sync {at}</source>
        <translation>usawazishaji wa mwisho {at}</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="48" />
        <source>submissions</source>
        <translation>fomu</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="49" />
        <source>attachments</source>
        <translation>viambatisho</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="50" />
        <source>updates</source>
        <translation>masasisho</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../errors.py" line="26" />
        <source>Something went wrong. Your saved answers are safe. The details are in the log file; you can copy them for support.</source>
        <translation>Kuna hitilafu. Majibu yako yaliyohifadhiwa yako salama. Maelezo yako kwenye faili la kumbukumbu; unaweza kuyanakili kwa msaada.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="34" />
        <source>Copy details</source>
        <translation>Nakili maelezo</translation>
    </message>
</context>
</TS>