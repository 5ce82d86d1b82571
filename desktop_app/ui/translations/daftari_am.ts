<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="am">
<context>
    <name>AssignDialog</name>
    <message>
        <location filename="../assign_dialog.py" line="79"/>
        <source>Assign work</source>
        <translation>ሥራ መድብ</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="100"/>
        <source>Site</source>
        <translation>ጣቢያ</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="102"/>
        <source>Form</source>
        <translation>ቅጽ</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="109"/>
        <source>&amp;Households to follow up</source>
        <translation>የሚከታተሉ ቤተሰቦች (&amp;H)</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="110"/>
        <source>&amp;New registrations</source>
        <translation>አዲስ ምዝገባዎች (&amp;N)</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="123"/>
        <source>A name, a zone, a number…</source>
        <translation>ስም፣ ቀጠና፣ ቁጥር…</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="125"/>
        <source>Search the households</source>
        <translation>ቤተሰቦችን ፈልግ</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="135"/>
        <source>Households</source>
        <translation>ቤተሰቦች</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="141"/>
        <source>&amp;Tick all shown</source>
        <translation>የሚታዩትን ሁሉ ምልክት አድርግ (&amp;T)</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="145"/>
        <source>&amp;Untick all</source>
        <translation>ሁሉንም ምልክቶች አንሳ (&amp;U)</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="147"/>
        <source>&amp;Search:</source>
        <translation>ፈልግ (&amp;S)፦</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="167"/>
        <source>How many registrations</source>
        <translation>የምዝገባዎች ብዛት</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="170"/>
        <source>Zone</source>
        <translation>ቀጠና</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="171"/>
        <source>Where: a zone, a block, a village</source>
        <translation>የት፦ ቀጠና፣ ብሎክ፣ መንደር</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="175"/>
        <source>Nu&amp;mber:</source>
        <translation>ብዛት (&amp;M)፦</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="176"/>
        <source>&amp;Zone:</source>
        <translation>ቀጠና (&amp;Z)፦</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="182"/>
        <source>Enumerator or clerk</source>
        <translation>ቆጣሪ ወይም ጸሐፊ</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="186"/>
        <source>What happened</source>
        <translation>የሆነው</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="191"/>
        <source>&amp;Assign</source>
        <translation>መድብ (&amp;A)</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="197"/>
        <source>S&amp;ite:</source>
        <translation>ጣቢያ (&amp;I)፦</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="200"/>
        <source>&amp;Form:</source>
        <translation>ቅጽ (&amp;F)፦</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="208"/>
        <source>&amp;Enumerator or clerk:</source>
        <translation>ቆጣሪ ወይም ጸሐፊ (&amp;E)፦</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="254"/>
        <source>Work at {site}</source>
        <translation>በ{site} ያለ ሥራ</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="260"/>
        <source>Name the site first</source>
        <translation>መጀመሪያ የጣቢያውን ስም ይጻፉ</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="262"/>
        <source>Reading who works at the site…</source>
        <translation>በጣቢያው የሚሠሩትን በማንበብ ላይ…</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="270"/>
        <source>Nobody at this site can be given work</source>
        <translation>በዚህ ጣቢያ ሥራ ሊሰጠው የሚችል ሰው የለም</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="287"/>
        <source>No form is installed on this computer.</source>
        <translation>በዚህ ኮምፒውተር ላይ ምንም ቅጽ አልተጫነም።</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="289"/>
        <source>Reading the households of this form&apos;s list…</source>
        <translation>የዚህን ቅጽ ዝርዝር ቤተሰቦች በማንበብ ላይ…</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="318"/>
        <source>This form follows up no list: it can only be given as new registrations.</source>
        <translation>ይህ ቅጽ ምንም ዝርዝር አይከታተልም፤ ሊሰጥ የሚችለው እንደ አዲስ ምዝገባዎች ብቻ ነው።</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="324"/>
        <source>This form follows up the list {list}, which the sites&apos; computers hold, not this one: give its households from a site supervisor&apos;s computer.</source>
        <translation>ይህ ቅጽ {list} የተባለውን ዝርዝር ይከታተላል፤ ዝርዝሩ ያለው በጣቢያዎቹ ኮምፒውተሮች ላይ እንጂ በዚህኛው ላይ አይደለም፦ ቤተሰቦቹን ከአንድ የጣቢያ ተቆጣጣሪ ኮምፒውተር ይመድቡ።</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="331"/>
        <source>This form follows up the list {list}, and this computer holds none of its households yet: they come with each sync.</source>
        <translation>ይህ ቅጽ {list} የተባለውን ዝርዝር ይከታተላል፤ በዚህ ኮምፒውተር ላይ ግን ከቤተሰቦቹ አንዳቸውም ገና የሉም፦ በእያንዳንዱ ማመሳሰል ይመጣሉ።</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="337"/>
        <source>This form follows up the list {list}: {n} households here.</source>
        <translation>ይህ ቅጽ {list} የተባለውን ዝርዝር ይከታተላል፦ እዚህ {n} ቤተሰቦች አሉ።</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="353"/>
        <source>{shown} of {every} shown · {ticked} ticked</source>
        <translation>ከ{every} {shown} ይታያሉ · {ticked} ምልክት ተደርጎባቸዋል</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="369"/>
        <source>Choose a form.</source>
        <translation>ቅጽ ይምረጡ።</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="372"/>
        <source>Choose who does the work.</source>
        <translation>ሥራውን የሚሠራውን ይምረጡ።</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="379"/>
        <source>Tick the households to give (Space ticks the one you are on).</source>
        <translation>የሚሰጡትን ቤተሰቦች ምልክት ያድርጉ (Space ያሉበትን ምልክት ያደርጋል)።</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="385"/>
        <source>At most {n} households at once.</source>
        <translation>በአንድ ጊዜ ቢበዛ {n} ቤተሰቦች።</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="414"/>
        <source>Sending to the server…</source>
        <translation>ወደ አገልጋዩ በመላክ ላይ…</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="434"/>
        <source>The server assigned nothing: it refused {n} of the households ticked.</source>
        <translation>አገልጋዩ ምንም አልመደበም፦ ምልክት ከተደረገባቸው ቤተሰቦች {n}ን አልተቀበለም።</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="440"/>
        <source>• {household}: {why}</source>
        <translation>• {household}፦ {why}</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="441"/>
        <source>Untick them (in red in the list), then Assign again.</source>
        <translation>ምልክታቸውን ያንሱ (በዝርዝሩ ውስጥ በቀይ ያሉትን)፣ ከዚያ እንደገና «መድብ»ን ይጫኑ።</translation>
    </message>
</context>
<context>
    <name>Assignments</name>
    <message>
        <location filename="../reassign_dialog.py" line="64"/>
        <source>The server said: {words}</source>
        <translation>አገልጋዩ ያለው፦ {words}</translation>
    </message>
    <message>
        <location filename="../reassign_dialog.py" line="72"/>
        <source>enumerator</source>
        <translation>ቆጣሪ</translation>
    </message>
    <message>
        <location filename="../reassign_dialog.py" line="73"/>
        <source>clerk</source>
        <translation>ጸሐፊ</translation>
    </message>
    <message>
        <location filename="../reassign_dialog.py" line="86"/>
        <source>{name} — {role}</source>
        <translation>{name} — {role}</translation>
    </message>
</context>
<context>
    <name>AssignmentsView</name>
    <message>
        <location filename="../assignments_view.py" line="93"/>
        <source>Assignments</source>
        <translation>የሥራ ምደባዎች</translation>
    </message>
    <message>
        <location filename="../assignments_view.py" line="103"/>
        <source>What happened</source>
        <translation>የሆነው</translation>
    </message>
    <message>
        <location filename="../assignments_view.py" line="108"/>
        <source>Progress by enumerator</source>
        <translation>የሥራ ሂደት በየቆጣሪው</translation>
    </message>
    <message>
        <location filename="../assignments_view.py" line="111"/>
        <source>&amp;Progress by enumerator</source>
        <translation>የሥራ ሂደት በየቆጣሪው (&amp;P)</translation>
    </message>
    <message>
        <location filename="../assignments_view.py" line="116"/>
        <source>Open assignments</source>
        <translation>ያልተጠናቀቁ ሥራዎች</translation>
    </message>
    <message>
        <location filename="../assignments_view.py" line="119"/>
        <source>&amp;Open assignments</source>
        <translation>ያልተጠናቀቁ ሥራዎች (&amp;O)</translation>
    </message>
    <message>
        <location filename="../assignments_view.py" line="122"/>
        <source>Whose assignments</source>
        <translation>የማን ሥራዎች</translation>
    </message>
    <message>
        <location filename="../assignments_view.py" line="123"/>
        <source>Everyone</source>
        <translation>ሁሉም</translation>
    </message>
    <message>
        <location filename="../assignments_view.py" line="125"/>
        <source>&amp;Enumerator:</source>
        <translation>ቆጣሪ (&amp;E)፦</translation>
    </message>
    <message>
        <location filename="../assignments_view.py" line="129"/>
        <source>A household, a zone…</source>
        <translation>ቤተሰብ፣ ቀጠና…</translation>
    </message>
    <message>
        <location filename="../assignments_view.py" line="130"/>
        <source>Search the titles</source>
        <translation>ርዕሶችን ፈልግ</translation>
    </message>
    <message>
        <location filename="../assignments_view.py" line="133"/>
        <source>&amp;Search:</source>
        <translation>ፈልግ (&amp;S)፦</translation>
    </message>
    <message>
        <location filename="../assignments_view.py" line="138"/>
        <source>&amp;Assign…</source>
        <translation>መድብ… (&amp;A)</translation>
    </message>
    <message>
        <location filename="../assignments_view.py" line="140"/>
        <source>&amp;Reassign…</source>
        <translation>ለሌላ መድብ… (&amp;R)</translation>
    </message>
    <message>
        <location filename="../assignments_view.py" line="142"/>
        <source>&amp;Cancel assignment…</source>
        <translation>ምደባውን ሰርዝ… (&amp;C)</translation>
    </message>
    <message>
        <location filename="../assignments_view.py" line="144"/>
        <source>Read a&amp;gain (F5)</source>
        <translation>እንደገና አንብብ (F5) (&amp;G)</translation>
    </message>
    <message>
        <location filename="../assignments_view.py" line="202"/>
        <source>Assignments are kept on the server: this screen needs this computer connected to it (Daftari → Connect to a server).</source>
        <translation>የሥራ ምደባዎች የሚቀመጡት በአገልጋዩ ላይ ነው፦ ይህ ገጽ ይህ ኮምፒውተር ከእሱ ጋር እንዲገናኝ ይፈልጋል (Daftari → ከሰርቨር ጋር ተገናኝ)።</translation>
    </message>
    <message>
        <location filename="../assignments_view.py" line="240"/>
        <source>Reading the assignments from the server…</source>
        <translation>የሥራ ምደባዎችን ከአገልጋዩ በማንበብ ላይ…</translation>
    </message>
    <message>
        <location filename="../assignments_view.py" line="284"/>
        <source>Assignments are read from the server and changed there: this screen needs a connection. {why}</source>
        <translation>የሥራ ምደባዎች የሚነበቡት ከአገልጋዩ ሲሆን የሚቀየሩትም እዚያው ነው፦ ይህ ገጽ ግንኙነት ይፈልጋል። {why}</translation>
    </message>
    <message>
        <location filename="../assignments_view.py" line="298"/>
        <source>No connection to the server: check the network, then Read again (F5).</source>
        <translation>ከአገልጋዩ ጋር ግንኙነት የለም፦ ኔትወርኩን ያረጋግጡ፣ ከዚያ «እንደገና አንብብ» (F5)።</translation>
    </message>
    <message>
        <location filename="../assignments_view.py" line="303"/>
        <source>every site</source>
        <translation>ሁሉም ጣቢያዎች</translation>
    </message>
    <message>
        <location filename="../assignments_view.py" line="308"/>
        <source>{where} · {n} open</source>
        <translation>{where} · {n} ያልተጠናቀቁ</translation>
    </message>
    <message>
        <location filename="../assignments_view.py" line="342"/>
        <source>{shown} of {every} open assignments shown</source>
        <translation>ከ{every} ያልተጠናቀቁ ሥራዎች {shown} ይታያሉ</translation>
    </message>
    <message>
        <location filename="../assignments_view.py" line="344"/>
        <source>No open assignment.</source>
        <translation>ያልተጠናቀቀ ሥራ የለም።</translation>
    </message>
    <message>
        <location filename="../assignments_view.py" line="398"/>
        <source>{n} assignment(s) given to {names}.</source>
        <translation>{n} ሥራ(ዎች) ለ{names} ተሰጥተዋል።</translation>
    </message>
    <message>
        <location filename="../assignments_view.py" line="411"/>
        <source>Choose assignments of one site to reassign together.</source>
        <translation>አንድ ላይ ለሌላ ለመመደብ የአንድ ጣቢያ ሥራዎችን ይምረጡ።</translation>
    </message>
    <message>
        <location filename="../assignments_view.py" line="425"/>
        <source>{n} assignment(s) given to {name}.</source>
        <translation>{n} ሥራ(ዎች) ለ{name} ተሰጥተዋል።</translation>
    </message>
    <message>
        <location filename="../assignments_view.py" line="438"/>
        <source>{title} — {enumerator}</source>
        <translation>{title} — {enumerator}</translation>
    </message>
    <message>
        <location filename="../assignments_view.py" line="444"/>
        <source>and {n} more</source>
        <translation>እና ሌሎች {n}</translation>
    </message>
    <message>
        <location filename="../assignments_view.py" line="447"/>
        <source>Cancel assignments?</source>
        <translation>ምደባዎቹ ይሰረዙ?</translation>
    </message>
    <message>
        <location filename="../assignments_view.py" line="449"/>
        <source>Cancel {n} assignment(s)? They leave the enumerators&apos; computers at their next sync; what was done for them stays.</source>
        <translation>{n} ሥራ(ዎች) ይሰረዙ? በሚቀጥለው ማመሳሰላቸው ከቆጣሪዎቹ ኮምፒውተሮች ይወገዳሉ፤ ለእነሱ የተሠራው ግን ይቀራል።</translation>
    </message>
    <message>
        <location filename="../assignments_view.py" line="458"/>
        <source>&amp;Yes, cancel them</source>
        <translation>አዎ፣ ሰርዛቸው (&amp;Y)</translation>
    </message>
    <message>
        <location filename="../assignments_view.py" line="459"/>
        <source>&amp;No</source>
        <translation>አይ (&amp;N)</translation>
    </message>
    <message>
        <location filename="../assignments_view.py" line="476"/>
        <source>Sending to the server…</source>
        <translation>ወደ አገልጋዩ በመላክ ላይ…</translation>
    </message>
    <message>
        <location filename="../assignments_view.py" line="482"/>
        <source>{n} assignment(s) cancelled.</source>
        <translation>{n} ሥራ(ዎች) ተሰርዘዋል።</translation>
    </message>
</context>
<context>
    <name>BatchesView</name>
    <message>
        <location filename="../batches_view.py" line="78"/>
        <source>Batches of paper questionnaires</source>
        <translation>የወረቀት መጠይቆች ጥቅሎች</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="82"/>
        <source>Batch</source>
        <translation>ጥቅል</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="83"/>
        <source>Form</source>
        <translation>ቅጽ</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="84"/>
        <source>Expected</source>
        <translation>የሚጠበቁ</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="85"/>
        <source>Keyed</source>
        <translation>የገቡ</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="86"/>
        <source>Verified</source>
        <translation>የተረጋገጡ</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="87"/>
        <source>Differences open</source>
        <translation>ያልተፈቱ ልዩነቶች</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="88"/>
        <source>Missing numbers</source>
        <translation>የጎደሉ ቁጥሮች</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="89"/>
        <source>Released</source>
        <translation>የተለቀቀ</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="103"/>
        <source>&amp;New batch…</source>
        <translation>አዲስ ጥቅል… (&amp;N)</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="105"/>
        <source>D&amp;ifferences</source>
        <translation>ልዩነቶች (&amp;I)</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="107"/>
        <source>&amp;Release</source>
        <translation>ልቀቅ (&amp;R)</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="109"/>
        <source>R&amp;eport</source>
        <translation>ሪፖርት (&amp;E)</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="111"/>
        <source>&amp;Print questionnaires…</source>
        <translation>መጠይቆችን አትም… (&amp;P)</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="174"/>
        <location filename="../batches_view.py" line="473"/>
        <source>No batch yet: Alt+N registers one.</source>
        <translation>እስካሁን ጥቅል የለም፦ Alt+N አንድ ይመዘግባል።</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="179"/>
        <source>Missing numbers: {numbers}</source>
        <translation>የጎደሉ ቁጥሮች፦ {numbers}</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="182"/>
        <source>Keyed twice: {numbers}</source>
        <translation>ሁለት ጊዜ የገቡ፦ {numbers}</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="185"/>
        <source>Outside the range: {numbers}</source>
        <translation>ከክልሉ ውጭ፦ {numbers}</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="189"/>
        <source>Waiting for their second keying: {numbers}</source>
        <translation>ሁለተኛ ግብዓታቸውን የሚጠብቁ፦ {numbers}</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="193"/>
        <source>Nothing missing.</source>
        <translation>ምንም የጎደለ የለም።</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="225"/>
        <source>&amp;Form</source>
        <translation>ቅጽ (&amp;F)</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="226"/>
        <source>&amp;Batch (as written on the box)</source>
        <translation>ጥቅል (በሳጥኑ ላይ እንደተጻፈው) (&amp;B)</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="227"/>
        <source>E&amp;xpected questionnaires</source>
        <translation>የሚጠበቁ መጠይቆች (&amp;X)</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="228"/>
        <source>First n&amp;umber</source>
        <translation>የመጀመሪያ ቁጥር (&amp;U)</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="229"/>
        <source>&amp;Last number</source>
        <translation>የመጨረሻ ቁጥር (&amp;L)</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="230"/>
        <source>&amp;Share keyed twice</source>
        <translation>ሁለት ጊዜ የሚገባው ድርሻ (&amp;S)</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="247"/>
        <source>Re&amp;gister</source>
        <translation>መዝግብ (&amp;G)</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="249"/>
        <location filename="../batches_view.py" line="362"/>
        <source>Back (Esc)</source>
        <translation>ተመለስ (Esc)</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="290"/>
        <source>No paper will be keyed a second time.</source>
        <translation>ምንም ወረቀት ለሁለተኛ ጊዜ አይገባም።</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="292"/>
        <source>{share} % of the papers will be keyed a second time.</source>
        <translation>ከወረቀቶቹ {share} % ለሁለተኛ ጊዜ ይገባሉ።</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="296"/>
        <source>{n} of {count} papers will be keyed a second time.</source>
        <translation>ከ{count} ወረቀቶች {n} ለሁለተኛ ጊዜ ይገባሉ።</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="300"/>
        <source>About {n} of {count} papers will be keyed a second time.</source>
        <translation>ከ{count} ወረቀቶች ወደ {n} ገደማ ለሁለተኛ ጊዜ ይገባሉ።</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="308"/>
        <source>The numbers of a range are whole numbers.</source>
        <translation>የክልል ቁጥሮች ሙሉ ቁጥሮች ናቸው።</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="323"/>
        <source>Batch {name} registered.</source>
        <translation>ጥቅል {name} ተመዝግቧል።</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="337"/>
        <source>Questionnaire</source>
        <translation>መጠይቅ</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="338"/>
        <source>Question</source>
        <translation>ጥያቄ</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="339"/>
        <source>1: first keying</source>
        <translation>1፦ የመጀመሪያ ግብዓት</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="340"/>
        <source>2: second keying</source>
        <translation>2፦ ሁለተኛ ግብዓት</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="341"/>
        <source>Resolved as</source>
        <translation>የተፈታው በ</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="352"/>
        <source>Resolve &amp;as (1, 2 or the value on the paper):</source>
        <translation>መፍትሔ (1፣ 2 ወይም በወረቀቱ ላይ ያለው እሴት) (&amp;A)፦</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="375"/>
        <source>Batch {name}: answers the two keyings disagree on</source>
        <translation>ጥቅል {name}፦ ሁለቱ ግብዓቶች የሚለያዩባቸው መልሶች</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="396"/>
        <source>1: the first keying</source>
        <translation>1: የመጀመሪያው ማስገባት</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="397"/>
        <source>2: the second keying</source>
        <translation>2: ሁለተኛው ማስገባት</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="398"/>
        <source>the value on the paper</source>
        <translation>በወረቀቱ ላይ ያለው ዋጋ</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="410"/>
        <source>Every difference is resolved.</source>
        <translation>ሁሉም ልዩነቶች ተፈተዋል።</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="415"/>
        <source>Interview date</source>
        <translation>የቃለ መጠይቁ ቀን</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="416"/>
        <source>Enumerator on the paper</source>
        <translation>በወረቀቱ ላይ ያለው ቆጣሪ</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="434"/>
        <source>“{typed}” is not an answer this question takes.</source>
        <translation>“{typed}” ይህ ጥያቄ የሚቀበለው መልስ አይደለም።</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="458"/>
        <source>Not finalized (an answer missing): {numbers}</source>
        <translation>አልተጠናቀቁም (መልስ ጎድሏል)፦ {numbers}</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="463"/>
        <source>Batch {name} released: it goes to the server at the next sync.</source>
        <translation>ጥቅል {name} ተለቋል፦ በሚቀጥለው ማመሳሰል ወደ አገልጋዩ ይሄዳል።</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="477"/>
        <source>Print questionnaires</source>
        <translation>መጠይቆችን አትም</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="509"/>
        <source>{n} questionnaire(s) printed to {file}.</source>
        <translation>{n} መጠይቅ(ቆች) በ{file} ታትመዋል።</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="521"/>
        <source>Disagreement by clerk (answers not kept / answers keyed):</source>
        <translation>አለመስማማት በጸሐፊ (ያልተያዙ መልሶች / የገቡ መልሶች)፦</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="525"/>
        <source>Disagreement by question (differences / papers compared):</source>
        <translation>አለመስማማት በጥያቄ (ልዩነቶች / የተነጻጸሩ ወረቀቶች)፦</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="540"/>
        <source>Q{number} {label}</source>
        <translation>ጥ{number} {label}</translation>
    </message>
</context>
<context>
    <name>CarriedBundles</name>
    <message>
        <location filename="../sync_status.py" line="207"/>
        <source>Refused by the server: {why}</source>
        <translation>አገልጋዩ አልተቀበለውም፦ {why}</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="211"/>
        <source>Delivered on {when}: {counts}</source>
        <translation>{when} ደርሷል፦ {counts}</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="214"/>
        <source>Waiting for the next sync.</source>
        <translation>የሚቀጥለውን ማመሳሰል በመጠበቅ ላይ።</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="221"/>
        <source>{n} stored</source>
        <translation>{n} ተቀምጠዋል</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="222"/>
        <source>{n} already there</source>
        <translation>{n} ቀድሞውኑ ነበሩ</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="223"/>
        <source>{n} sent back by the server&apos;s checks</source>
        <translation>{n} በአገልጋዩ ፍተሻ ተመልሰዋል</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="226"/>
        <source>{n} conflicting</source>
        <translation>{n} የሚጋጩ</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="232"/>
        <source>no submissions in it</source>
        <translation>በውስጡ ምንም ማስረከቢያ የለም</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="254"/>
        <source>the server does not know the device that wrote it (a device of another server, or one signed out since). Nothing of it was imported.</source>
        <translation>አገልጋዩ የጻፈውን መሣሪያ አያውቀውም (የሌላ አገልጋይ መሣሪያ፣ ወይም ከዚያ በኋላ የወጣ)። ከእሱ ምንም አልገባም።</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="259"/>
        <source>it is damaged, or was changed since it was written. Nothing of it was imported: write it again from the enumerator&apos;s computer.</source>
        <translation>ተበላሽቷል፣ ወይም ከተጻፈ በኋላ ተቀይሯል። ከእሱ ምንም አልገባም፦ ከቆጣሪው ኮምፒዩተር እንደገና ይጻፉት።</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="264"/>
        <source>it is not a Daftari bundle, or it was cut short.</source>
        <translation>የDaftari ጥቅል አይደለም፣ ወይም ተቆርጧል።</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="267"/>
        <source>it was written by another version of Daftari than the server reads. Nothing of it was imported.</source>
        <translation>አገልጋዩ ከሚያነበው ሌላ የDaftari ስሪት የተጻፈ ነው። ከእሱ ምንም አልገባም።</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="272"/>
        <source>it holds more than one bundle may. Nothing of it was imported: write the submissions in several bundles.</source>
        <translation>አንድ ጥቅል ከሚፈቀደው በላይ ይዟል። ከእሱ ምንም አልገባም፦ ማስረከቢያዎቹን በብዙ ጥቅሎች ይጻፉ።</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="277"/>
        <source>its content cannot be read. Nothing of it was imported.</source>
        <translation>ይዘቱ ሊነበብ አይችልም። ከእሱ ምንም አልገባም።</translation>
    </message>
</context>
<context>
    <name>CarriedBundlesDialog</name>
    <message>
        <location filename="../sync_status.py" line="149"/>
        <location filename="../sync_status.py" line="174"/>
        <source>Bundles brought from USB sticks</source>
        <translation>ከUSB የመጡ ጥቅሎች</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="154"/>
        <source>Each bundle stays sealed on this computer until a sync delivers it; the server then says what became of it.</source>
        <translation>እያንዳንዱ ጥቅል ማመሳሰል እስኪያደርሰው ድረስ በዚህ ኮምፒዩተር ላይ ታሽጎ ይቆያል፤ ከዚያ አገልጋዩ ምን እንደሆነ ይናገራል።</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="158"/>
        <source>No bundle has been brought to this computer (Daftari → Bring a bundle…).</source>
        <translation>ወደዚህ ኮምፒዩተር ምንም ጥቅል አልመጣም (Daftari → ጥቅል አምጣ…)።</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="164"/>
        <source>File</source>
        <translation>ፋይል</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="164"/>
        <source>Brought</source>
        <translation>የመጣበት</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="164"/>
        <source>By</source>
        <translation>በ</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="164"/>
        <source>What became of it</source>
        <translation>ምን ሆነ</translation>
    </message>
</context>
<context>
    <name>DataTab</name>
    <message>
        <location filename="../secretariat.py" line="640"/>
        <source>every site</source>
        <translation>ሁሉም ጣቢያዎች</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="641"/>
        <source>&amp;Show</source>
        <translation>አሳይ (&amp;S)</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="643"/>
        <source>← &amp;Previous page</source>
        <translation>← ቀዳሚ ገጽ (&amp;P)</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="645"/>
        <source>&amp;Next page →</source>
        <translation>ቀጣይ ገጽ → (&amp;N)</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="648"/>
        <source>Private &amp;key…</source>
        <translation>የግል ቁልፍ… (&amp;K)</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="656"/>
        <source>The merged data</source>
        <translation>የተዋሃደው መረጃ</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="660"/>
        <source>F&amp;orm</source>
        <translation>ቅጽ (&amp;O)</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="661"/>
        <source>S&amp;tate</source>
        <translation>ሁኔታ (&amp;T)</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="662"/>
        <source>Sit&amp;e</source>
        <translation>ጣቢያ (&amp;E)</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="608"/>
        <source>Site</source>
        <translation>ጣቢያ</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="609"/>
        <source>Enumerator</source>
        <translation>ቆጣሪ</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="610"/>
        <source>Form version</source>
        <translation>የቅጽ እትም</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="611"/>
        <source>Revision</source>
        <translation>እትም</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="612"/>
        <source>State</source>
        <translation>ሁኔታ</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="614"/>
        <source>Submitted</source>
        <translation>የተላከበት</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="615"/>
        <source>Changed</source>
        <translation>የተቀየረበት</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="616"/>
        <source>Opened on the device</source>
        <translation>በመሣሪያው ላይ የተከፈተበት</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="618"/>
        <source>Questionnaire no.</source>
        <translation>የመጠይቅ ቁ.</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="619"/>
        <source>Interview date</source>
        <translation>የቃለ መጠይቅ ቀን</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="620"/>
        <source>Enumerator on the paper</source>
        <translation>በወረቀቱ ላይ የተጻፈው ቆጣሪ</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="621"/>
        <source>Batch</source>
        <translation>ጥቅል</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="622"/>
        <source>Keyed by</source>
        <translation>ያስገባው</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="623"/>
        <source>Keyed at</source>
        <translation>የገባበት ጊዜ</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="625"/>
        <source>Duplicate of</source>
        <translation>የዚህ ድግግሞሽ</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="744"/>
        <source>Rows {first}–{last}</source>
        <translation>ረድፎች {first}–{last}</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="746"/>
        <source>No rows.</source>
        <translation>ምንም ረድፍ የለም።</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="758"/>
        <location filename="../secretariat.py" line="801"/>
        <location filename="../secretariat.py" line="813"/>
        <source>The form&apos;s private key</source>
        <translation>የቅጹ የግል ቁልፍ</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="760"/>
        <source>Private keys (*.pem);;All files (*)</source>
        <translation>የግል ቁልፎች (*.pem);;ሁሉም ፋይሎች (*)</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="806"/>
        <source>OK</source>
        <translation>እሺ</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="807"/>
        <source>Cancel</source>
        <translation>ይቅር</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="791"/>
        <source>The private key is held for this session only: encrypted submissions are opened on this computer, never on the server.</source>
        <translation>የግል ቁልፉ ለዚህ ክፍለ ጊዜ ብቻ ይያዛል፤ የተመሰጠሩ ማስገቢያዎች በዚህ ኮምፒውተር ላይ ይከፈታሉ፤ በሰርቨሩ ላይ ፈጽሞ አይከፈቱም።</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="787"/>
        <source>Private key: {name} (this session only)</source>
        <translation>የግል ቁልፍ፦ {name} (ለዚህ ክፍለ ጊዜ ብቻ)</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="803"/>
        <source>Passphrase of the key {name}:</source>
        <translation>የቁልፉ {name} የይለፍ ሐረግ፦</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="832"/>
        <source>{n} submission(s) on this page are encrypted: their answers can be read only with the form&apos;s private key (Private key…), on this computer.</source>
        <translation>በዚህ ገጽ ያሉ {n} ማስገቢያ(ዎች) የተመሰጠሩ ናቸው፤ መልሶቻቸው የሚነበቡት በቅጹ የግል ቁልፍ (የግል ቁልፍ…) ብቻ፣ በዚህ ኮምፒውተር ላይ ነው።</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="838"/>
        <source>Opening {n} encrypted submission(s)…</source>
        <translation>{n} የተመሰጠሩ ማስገቢያዎችን በመክፈት ላይ…</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="870"/>
        <source>Opened on this computer with the private key</source>
        <translation>በዚህ ኮምፒውተር ላይ በግል ቁልፉ ተከፍቷል</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="891"/>
        <source>{n} encrypted submission(s) opened on this computer.</source>
        <translation>{n} የተመሰጠሩ ማስገቢያዎች በዚህ ኮምፒውተር ላይ ተከፍተዋል።</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="894"/>
        <source>{n} could not be opened with this key (another form&apos;s key, or changed since they were made): their reason is on their uuid.</source>
        <translation>{n} በዚህ ቁልፍ ሊከፈቱ አልቻሉም (የሌላ ቅጽ ቁልፍ፣ ወይም ከተሠሩ በኋላ ተለውጠዋል)፤ ምክንያቱ በuuidቸው ላይ ነው።</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../dialogs.py" line="34"/>
        <source>OK</source>
        <translation>እሺ</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="35"/>
        <location filename="../dialogs.py" line="142"/>
        <source>Cancel</source>
        <translation>ይቅር</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="36"/>
        <source>Close</source>
        <translation>ዝጋ</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="37"/>
        <source>&amp;Yes</source>
        <translation>አዎ (&amp;Y)</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="38"/>
        <source>&amp;No</source>
        <translation>አይ (&amp;N)</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="39"/>
        <source>Discard</source>
        <translation>ሰርዝ</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="134"/>
        <source>Look in:</source>
        <translation>ውስጥ ፈልግ፦</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="135"/>
        <source>File name:</source>
        <translation>የፋይል ስም፦</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="136"/>
        <source>Files of type:</source>
        <translation>የፋይል ዓይነት፦</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="138"/>
        <source>&amp;Save</source>
        <translation>አስቀምጥ (&amp;S)</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="140"/>
        <source>&amp;Open</source>
        <translation>ክፈት (&amp;O)</translation>
    </message>
</context>
<context>
    <name>DuplicatesTab</name>
    <message>
        <location filename="../secretariat.py" line="978"/>
        <source>&amp;Find</source>
        <translation>ፈልግ (&amp;F)</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="982"/>
        <source>Probable duplicates</source>
        <translation>ሊሆኑ የሚችሉ ድግግሞሾች</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="988"/>
        <source>Question</source>
        <translation>ጥያቄ</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="988"/>
        <source>First submission</source>
        <translation>የመጀመሪያው ማስረከቢያ</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="988"/>
        <source>Second submission</source>
        <translation>ሁለተኛው ማስረከቢያ</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="990"/>
        <source>The two submissions side by side</source>
        <translation>ሁለቱ ማስረከቢያዎች ጎን ለጎን</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="995"/>
        <source>The two households, answer by answer</source>
        <translation>ሁለቱ ቤተሰቦች፣ መልስ በመልስ</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="996"/>
        <location filename="../secretariat.py" line="1137"/>
        <source>Choose a pair to see its two submissions side by side.</source>
        <translation>ሁለቱን ማስረከቢያዎች ጎን ለጎን ለማየት ጥንድ ይምረጡ።</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="998"/>
        <source>Only the differin&amp;g answers</source>
        <translation>የሚለያዩ መልሶች ብቻ (&amp;G)</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1003"/>
        <source>Keep &amp;both (two households)</source>
        <translation>ሁለቱንም አቆይ (ሁለት ቤተሰቦች) (&amp;B)</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1004"/>
        <source>The &amp;same household</source>
        <translation>ያው ቤተሰብ (&amp;S)</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1005"/>
        <source>Keep the fi&amp;rst</source>
        <translation>የመጀመሪያውን አቆይ (&amp;R)</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1006"/>
        <source>Keep the s&amp;econd</source>
        <translation>ሁለተኛውን አቆይ (&amp;E)</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1016"/>
        <source>Show decided &amp;pairs too</source>
        <translation>የተወሰነባቸውን ጥንዶችም አሳይ (&amp;P)</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1018"/>
        <source>U&amp;ndo the verdict</source>
        <translation>ውሳኔውን ቀልብስ (&amp;N)</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1023"/>
        <source>Key fields, separated by commas: &apos;:name&apos; matches names loosely, &apos;:phone&apos; phone numbers. Nothing is ever deleted: a verdict marks the pair, and the copy not kept is left out of the indicators and exports until the verdict is undone.</source>
        <translation>ቁልፍ መስኮች፣ በኮማ የተለዩ፦ &apos;:name&apos; ስሞችን በልቅነት ያዛምዳል፣ &apos;:phone&apos; የስልክ ቁጥሮችን። ምንም ነገር አይሰረዝም፦ ውሳኔ ጥንዱን ምልክት ያደርጋል፣ ያልተያዘው ቅጂ ውሳኔው እስኪቀለበስ ድረስ ከአመልካቾችና ከውጭ መላኪያዎች ይወጣል።</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1047"/>
        <source>F&amp;orm</source>
        <translation>ቅጽ (&amp;O)</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1048"/>
        <source>&amp;Keys</source>
        <translation>ቁልፎች (&amp;K)</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1055"/>
        <source>No&amp;te (optional)</source>
        <translation>ማስታወሻ (አማራጭ) (&amp;Z)</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1078"/>
        <source>Both kept (two households)</source>
        <translation>ሁለቱም ተይዘዋል (ሁለት ቤተሰቦች)</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1079"/>
        <location filename="../secretariat.py" line="1264"/>
        <source>The same household</source>
        <translation>ያው ቤተሰብ</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1080"/>
        <source>The first kept</source>
        <translation>የመጀመሪያው ተይዟል</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1081"/>
        <source>The second kept</source>
        <translation>ሁለተኛው ተይዟል</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1083"/>
        <source>Site</source>
        <translation>ጣቢያ</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1083"/>
        <source>Likeness</source>
        <translation>መመሳሰል</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1083"/>
        <source>Verdict</source>
        <translation>ውሳኔ</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1113"/>
        <source>{n} probable pairs to look at.</source>
        <translation>የሚታዩ {n} ሊሆኑ የሚችሉ ጥንዶች።</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1149"/>
        <source>Reading the two submissions from the server…</source>
        <translation>ሁለቱን ማስረከቢያዎች ከአገልጋዩ በማንበብ ላይ…</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1167"/>
        <source>The two submissions could not be read: {why}</source>
        <translation>ሁለቱ ማስረከቢያዎች ሊነበቡ አልቻሉም፦ {why}</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1206"/>
        <source>The two answers differ</source>
        <translation>ሁለቱ መልሶች ይለያያሉ</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1225"/>
        <source>Not found among the submissions this server lets you read: {uuids}.</source>
        <translation>ይህ አገልጋይ እንዲያነቡ ከሚፈቅድልዎት ማስረከቢያዎች መካከል አልተገኘም፦ {uuids}።</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1228"/>
        <source>{n} of {total} answers differ.</source>
        <translation>ከ{total} መልሶች {n} ይለያያሉ።</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1249"/>
        <source>collected by {name}</source>
        <translation>የሰበሰበው {name}</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1263"/>
        <source>Keep both (two households)</source>
        <translation>ሁለቱንም አቆይ (ሁለት ቤተሰቦች)</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1265"/>
        <source>Keep the first</source>
        <translation>የመጀመሪያውን አቆይ</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1266"/>
        <source>Keep the second</source>
        <translation>ሁለተኛውን አቆይ</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1267"/>
        <source>Undo the verdict</source>
        <translation>ውሳኔውን ቀልብስ</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1270"/>
        <source>First: {household}</source>
        <translation>የመጀመሪያው፦ {household}</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1271"/>
        <source>Second: {household}</source>
        <translation>ሁለተኛው፦ {household}</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1274"/>
        <source>Note: {note}</source>
        <translation>ማስታወሻ፦ {note}</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1277"/>
        <source>Record the verdict?</source>
        <translation>ውሳኔው ይመዝገብ?</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1278"/>
        <source>Record the verdict “{verdict}” on these two submissions?</source>
        <translation>ውሳኔው «{verdict}» በእነዚህ ሁለት ማስረከቢያዎች ላይ ይመዝገብ?</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1287"/>
        <source>&amp;Yes, record it</source>
        <translation>አዎ፣ መዝግበው (&amp;Y)</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1288"/>
        <source>&amp;No</source>
        <translation>አይ (&amp;N)</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1315"/>
        <source>The verdict is undone: both submissions count again.</source>
        <translation>ውሳኔው ተቀልብሷል፦ ሁለቱም ማስረከቢያዎች እንደገና ይቆጠራሉ።</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1317"/>
        <source>Kept, with who decided and when.</source>
        <translation>ተቀምጧል፣ ማን እና መቼ እንደወሰነ ጋር።</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <location filename="../enrol_dialog.py" line="36"/>
        <source>Connect to a server</source>
        <translation>ከሰርቨር ጋር መገናኘት</translation>
    </message>
    <message>
        <location filename="../enrol_dialog.py" line="53"/>
        <source>Over the internet the address starts with {secure} (the connection is encrypted). A server in your own office is often reached with {plain} and its local address, e.g. {example}.</source>
        <translation>በኢንተርኔት በኩል አድራሻው በ {secure} ይጀምራል (ግንኙነቱ የተመሰጠረ ነው)። በራስዎ ቢሮ ውስጥ ያለ ሰርቨር ብዙ ጊዜ በ {plain} እና በውስጥ አድራሻው ይገኛል፤ ለምሳሌ {example}።</translation>
    </message>
    <message>
        <location filename="../enrol_dialog.py" line="61"/>
        <source>⚠ With {plain} your password and the answers cross the network unencrypted: use it only on the office&apos;s own network, never over the internet.</source>
        <translation>⚠ በ {plain} የይለፍ ቃልዎና መልሶቹ ሳይመሰጠሩ በኔትወርኩ ላይ ይተላለፋሉ፤ በቢሮው የራሱ ኔትወርክ ላይ ብቻ ይጠቀሙበት፣ በኢንተርኔት ላይ በፍጹም አይጠቀሙበት።</translation>
    </message>
    <message>
        <location filename="../enrol_dialog.py" line="71"/>
        <source>&amp;Server address:</source>
        <translation>የሰርቨር አድራሻ (&amp;S):</translation>
    </message>
    <message>
        <location filename="../enrol_dialog.py" line="74"/>
        <source>Send over plain http anyway (I know the risk)</source>
        <translation>ለማንኛውም በተራ http ላክ (አደጋውን አውቃለሁ)</translation>
    </message>
    <message>
        <location filename="../enrol_dialog.py" line="77"/>
        <source>&amp;Account:</source>
        <translation>አካውንት (&amp;A):</translation>
    </message>
    <message>
        <location filename="../enrol_dialog.py" line="78"/>
        <source>&amp;Password:</source>
        <translation>የይለፍ ቃል (&amp;P):</translation>
    </message>
    <message>
        <location filename="../enrol_dialog.py" line="110"/>
        <source>Connecting…</source>
        <translation>በመገናኘት ላይ…</translation>
    </message>
</context>
<context>
    <name>EntityConflictsWindow</name>
    <message>
        <location filename="../entity_conflicts.py" line="68"/>
        <source>Household conflicts</source>
        <translation>የቤተሰብ ግጭቶች</translation>
    </message>
    <message>
        <location filename="../entity_conflicts.py" line="84"/>
        <source>Households two computers updated differently</source>
        <translation>ሁለት ኮምፒውተሮች በተለያየ መንገድ ያዘመኗቸው ቤተሰቦች</translation>
    </message>
    <message>
        <location filename="../entity_conflicts.py" line="92"/>
        <source>Two computers updated the same household (or another entry of a list) from the same version, with no connection. Choose the value to keep for each property, then Resolve: the values chosen become its next version on the server, for every computer of the site.</source>
        <translation>ሁለት ኮምፒውተሮች ያለ ግንኙነት አንድን ቤተሰብ (ወይም ሌላ የዝርዝር ግቤት) ከአንድ ስሪት ተነሥተው አዘምነዋል። ለእያንዳንዱ ባሕርይ የሚቆየውን ዋጋ ይምረጡ፣ ከዚያ «ፍታ»ን ይጫኑ፦ የተመረጡት ዋጋዎች በአገልጋዩ ላይ ቀጣዩ ስሪቱ ይሆናሉ፣ ለጣቢያው ኮምፒውተሮች ሁሉ።</translation>
    </message>
    <message>
        <location filename="../entity_conflicts.py" line="102"/>
        <location filename="../entity_conflicts.py" line="351"/>
        <source>Label</source>
        <translation>መለያ</translation>
    </message>
    <message>
        <location filename="../entity_conflicts.py" line="103"/>
        <source>List</source>
        <translation>ዝርዝር</translation>
    </message>
    <message>
        <location filename="../entity_conflicts.py" line="104"/>
        <source>Site</source>
        <translation>ጣቢያ</translation>
    </message>
    <message>
        <location filename="../entity_conflicts.py" line="105"/>
        <source>Version</source>
        <translation>ስሪት</translation>
    </message>
    <message>
        <location filename="../entity_conflicts.py" line="106"/>
        <source>Conflict</source>
        <translation>ግጭት</translation>
    </message>
    <message>
        <location filename="../entity_conflicts.py" line="111"/>
        <source>Households in conflict</source>
        <translation>ግጭት ያለባቸው ቤተሰቦች</translation>
    </message>
    <message>
        <location filename="../entity_conflicts.py" line="154"/>
        <source>What happened</source>
        <translation>የሆነው</translation>
    </message>
    <message>
        <location filename="../entity_conflicts.py" line="155"/>
        <source>&amp;Resolve</source>
        <translation>ፍታ (&amp;R)</translation>
    </message>
    <message>
        <location filename="../entity_conflicts.py" line="158"/>
        <source>Read &amp;again</source>
        <translation>እንደገና አንብብ (&amp;A)</translation>
    </message>
    <message>
        <location filename="../entity_conflicts.py" line="226"/>
        <source>Reading the households in conflict from the server…</source>
        <translation>ግጭት ያለባቸውን ቤተሰቦች ከአገልጋዩ በማንበብ ላይ…</translation>
    </message>
    <message>
        <location filename="../entity_conflicts.py" line="242"/>
        <source>Same property, different values</source>
        <translation>ያው ባሕርይ፣ የተለያዩ ዋጋዎች</translation>
    </message>
    <message>
        <location filename="../entity_conflicts.py" line="243"/>
        <source>Different properties (both kept)</source>
        <translation>የተለያዩ ባሕርያት (ሁለቱም ተይዘዋል)</translation>
    </message>
    <message>
        <location filename="../entity_conflicts.py" line="261"/>
        <source>{n} in conflict.</source>
        <translation>{n} ቤተሰቦች ግጭት ውስጥ ናቸው።</translation>
    </message>
    <message>
        <location filename="../entity_conflicts.py" line="263"/>
        <source>No household is in conflict: every update agrees.</source>
        <translation>ግጭት ያለበት ቤተሰብ የለም፦ ሁሉም ማዘመኛዎች ይስማማሉ።</translation>
    </message>
    <message>
        <location filename="../entity_conflicts.py" line="287"/>
        <source>Reading its versions from the server…</source>
        <translation>ስሪቶቹን ከአገልጋዩ በማንበብ ላይ…</translation>
    </message>
    <message>
        <location filename="../entity_conflicts.py" line="321"/>
        <source>{label} — {list}, version {version}</source>
        <translation>{label} — {list}፣ ስሪት {version}</translation>
    </message>
    <message>
        <location filename="../entity_conflicts.py" line="327"/>
        <source>{n} updates since version {since}: each property&apos;s value then, and each proposed since. The newest is chosen.</source>
        <translation>ከስሪት {since} ወዲህ {n} ማዘመኛዎች፦ የእያንዳንዱ ባሕርይ የያኔው ዋጋ፣ እና ከዚያ ወዲህ የቀረበው እያንዳንዱ። አዲሱ ተመርጧል።</translation>
    </message>
    <message>
        <location filename="../entity_conflicts.py" line="332"/>
        <source>No property has competing values: Resolve keeps it as it is and ends the conflict.</source>
        <translation>ተፎካካሪ ዋጋዎች ያሉት ባሕርይ የለም፦ «ፍታ» እንዳለ ያቆየዋል፣ ግጭቱንም ያበቃል።</translation>
    </message>
    <message>
        <location filename="../entity_conflicts.py" line="353"/>
        <source>{name} — different values proposed</source>
        <translation>{name} — የተለያዩ ዋጋዎች ቀርበዋል</translation>
    </message>
    <message>
        <location filename="../entity_conflicts.py" line="355"/>
        <source>{name} — changed by one computer</source>
        <translation>{name} — በአንድ ኮምፒውተር ተቀይሯል</translation>
    </message>
    <message>
        <location filename="../entity_conflicts.py" line="382"/>
        <source>(empty)</source>
        <translation>(ባዶ)</translation>
    </message>
    <message>
        <location filename="../entity_conflicts.py" line="386"/>
        <source>before the conflict: version {version}, {who}, {when}</source>
        <translation>ከግጭቱ በፊት፦ ስሪት {version}፣ {who}፣ {when}</translation>
    </message>
    <message>
        <location filename="../entity_conflicts.py" line="393"/>
        <source>{who}, {when} (version {version})</source>
        <translation>{who}፣ {when} (ስሪት {version})</translation>
    </message>
    <message>
        <location filename="../entity_conflicts.py" line="398"/>
        <source>{value} — {said}</source>
        <translation>{value} — {said}</translation>
    </message>
    <message>
        <location filename="../entity_conflicts.py" line="424"/>
        <source>{label}: resolved, as version {version} with the values chosen.</source>
        <translation>{label}፦ ተፈቷል፤ የተመረጡትን ዋጋዎች የያዘ ስሪት {version} ሆኗል።</translation>
    </message>
    <message>
        <location filename="../entity_conflicts.py" line="436"/>
        <source>{label} changed on the server since you looked at it; it was read again. Choose again, then Resolve.</source>
        <translation>{label} ካዩት በኋላ በአገልጋዩ ላይ ተቀይሯል፤ እንደገና ተነቧል። እንደገና ይምረጡ፣ ከዚያ «ፍታ»ን ይጫኑ።</translation>
    </message>
</context>
<context>
    <name>EntityHistoryDialog</name>
    <message>
        <location filename="../to_visit.py" line="171"/>
        <location filename="../to_visit.py" line="172"/>
        <source>History of {name}</source>
        <translation>የ{name} ታሪክ</translation>
    </message>
    <message>
        <location filename="../to_visit.py" line="176"/>
        <source>Version</source>
        <translation>ስሪት</translation>
    </message>
    <message>
        <location filename="../to_visit.py" line="176"/>
        <source>When</source>
        <translation>መቼ</translation>
    </message>
    <message>
        <location filename="../to_visit.py" line="176"/>
        <source>From</source>
        <translation>ምንጭ</translation>
    </message>
    <message>
        <location filename="../to_visit.py" line="176"/>
        <source>What changed</source>
        <translation>የተለወጠው</translation>
    </message>
    <message>
        <location filename="../to_visit.py" line="178"/>
        <source>Versions</source>
        <translation>ስሪቶች</translation>
    </message>
    <message>
        <location filename="../to_visit.py" line="190"/>
        <source>{name}: {value}</source>
        <translation>{name}: {value}</translation>
    </message>
    <message>
        <location filename="../to_visit.py" line="195"/>
        <source>{name}: {before} → {after}</source>
        <translation>{name}: {before} → {after}</translation>
    </message>
    <message>
        <location filename="../to_visit.py" line="205"/>
        <source>the server</source>
        <translation>አገልጋዩ</translation>
    </message>
    <message>
        <location filename="../to_visit.py" line="205"/>
        <source>this computer</source>
        <translation>ይህ ኮምፒውተር</translation>
    </message>
    <message>
        <location filename="../to_visit.py" line="206"/>
        <source>(no change)</source>
        <translation>(ለውጥ የለም)</translation>
    </message>
</context>
<context>
    <name>ExportTab</name>
    <message>
        <location filename="../secretariat.py" line="1335"/>
        <source>CSV (a zip: one file per table)</source>
        <translation>CSV (zip፦ ለእያንዳንዱ ሰንጠረዥ አንድ ፋይል)</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1336"/>
        <source>Excel (one sheet per table)</source>
        <translation>Excel (ለእያንዳንዱ ሰንጠረዥ አንድ ሉህ)</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1337"/>
        <source>Stata (.dta, with labels)</source>
        <translation>Stata (.dta፣ ከስያሜዎች ጋር)</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1338"/>
        <source>SPSS (.sav, with labels)</source>
        <translation>SPSS (.sav፣ ከስያሜዎች ጋር)</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1339"/>
        <source>Parquet</source>
        <translation>Parquet</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1349"/>
        <source>every site</source>
        <translation>ሁሉም ጣቢያዎች</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1351"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1352"/>
        <source>&amp;Photos and files too (in the zip)</source>
        <translation>ፎቶዎችና ፋይሎችም (በzip ውስጥ) (&amp;P)</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1353"/>
        <source>&amp;Save the export as…</source>
        <translation>የወጪ ፋይሉን አስቀምጥ እንደ… (&amp;S)</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1365"/>
        <source>F&amp;orm</source>
        <translation>ቅጽ (&amp;O)</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1366"/>
        <source>For&amp;mat</source>
        <translation>ቅርጸት (&amp;M)</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1367"/>
        <source>La&amp;bels in</source>
        <translation>መለያዎች በ (&amp;B)</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1372"/>
        <source>S&amp;tate</source>
        <translation>ሁኔታ (&amp;T)</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1373"/>
        <source>Sit&amp;e</source>
        <translation>ጣቢያ (&amp;E)</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1374"/>
        <source>Changed si&amp;nce</source>
        <translation>ከዚህ ቀን ወዲህ የተቀየሩ (&amp;N)</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1394"/>
        <source>The form&apos;s own</source>
        <translation>የቅጹ የራሱ</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1406"/>
        <source>The codebook of this format has the labels in every language.</source>
        <translation>የዚህ ቅርጸት የኮድ መጽሐፍ መለያዎቹን በሁሉም ቋንቋዎች ይዟል።</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1413"/>
        <source>Save the export as</source>
        <translation>የወጪ ፋይሉን አስቀምጥ እንደ</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1435"/>
        <source>The server is making the export…</source>
        <translation>አገልጋዩ የወጪ ፋይሉን እያዘጋጀ ነው…</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1471"/>
        <source>Reading submissions: %v of {total}</source>
        <translation>መልሶችን በማንበብ ላይ፦ %v ከ{total}</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1477"/>
        <source>Downloading the file…</source>
        <translation>ፋይሉን በማውረድ ላይ…</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1480"/>
        <source>Downloading: %p%</source>
        <translation>በማውረድ ላይ፦ %p%</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1494"/>
        <source>Saved {path} ({rows} rows; the codebook is inside).</source>
        <translation>{path} ተቀምጧል ({rows} ረድፎች፤ የኮድ መጽሐፉ ውስጥ አለ)።</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1499"/>
        <source>The export is saved.</source>
        <translation>የወጪ ፋይሉ ተቀምጧል።</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1503"/>
        <source>The export failed: {why}</source>
        <translation>ወጪ ማድረጉ አልተሳካም፦ {why}</translation>
    </message>
</context>
<context>
    <name>FillingView</name>
    <message>
        <location filename="../filling.py" line="72"/>
        <source>Form language</source>
        <translation>የቅጹ ቋንቋ</translation>
    </message>
    <message>
        <location filename="../filling.py" line="74"/>
        <source>(one language)</source>
        <translation>(አንድ ቋንቋ)</translation>
    </message>
    <message>
        <location filename="../filling.py" line="84"/>
        <source>&amp;Language:</source>
        <translation>ቋንቋ (&amp;L):</translation>
    </message>
    <message>
        <location filename="../filling.py" line="107"/>
        <source>Sent back for correction: {reason}</source>
        <translation>ለእርማት ተመልሷል፦ {reason}</translation>
    </message>
    <message>
        <location filename="../filling.py" line="130"/>
        <source>◀ Back (PgUp)</source>
        <translation>◀ ተመለስ (PgUp)</translation>
    </message>
    <message>
        <location filename="../filling.py" line="131"/>
        <source>Next (PgDn) ▶</source>
        <translation>ቀጣይ (PgDn) ▶</translation>
    </message>
    <message>
        <location filename="../filling.py" line="132"/>
        <source>Overview (Ctrl+J)</source>
        <translation>አጠቃላይ እይታ (Ctrl+J)</translation>
    </message>
    <message>
        <location filename="../filling.py" line="133"/>
        <source>Save and close (Ctrl+W)</source>
        <translation>አስቀምጥና ዝጋ (Ctrl+W)</translation>
    </message>
    <message>
        <location filename="../filling.py" line="147"/>
        <source>Discard draft (Ctrl+Shift+Del)</source>
        <translation>ረቂቁን ሰርዝ (Ctrl+Shift+Del)</translation>
    </message>
    <message>
        <location filename="../filling.py" line="153"/>
        <source>Correct this submission (Alt+C)</source>
        <translation>ይህን ቅጽ አስተካክል (Alt+C)</translation>
    </message>
    <message>
        <location filename="../filling.py" line="445"/>
        <source>✓ Saved</source>
        <translation>✓ ተቀምጧል</translation>
    </message>
    <message>
        <location filename="../filling.py" line="447"/>
        <source>Every answer is on the disk.</source>
        <translation>ሁሉም መልሶች በኮምፒውተሩ ላይ ተቀምጠዋል።</translation>
    </message>
    <message>
        <location filename="../filling.py" line="449"/>
        <source>⚠ NOT SAVED</source>
        <translation>⚠ አልተቀመጠም</translation>
    </message>
    <message>
        <location filename="../filling.py" line="491"/>
        <source>Remove this “{label}” (Ctrl+Del)</source>
        <translation>ይህን “{label}” አስወግድ (Ctrl+Del)</translation>
    </message>
    <message>
        <location filename="../filling.py" line="506"/>
        <source>{label} — {n} of {count}</source>
        <translation>{label} — {n} ከ{count}</translation>
    </message>
    <message>
        <location filename="../filling.py" line="510"/>
        <source>Page {n} of {count}</source>
        <translation>ገጽ {n} ከ{count}</translation>
    </message>
    <message>
        <location filename="../filling.py" line="526"/>
        <source>Add another “{label}”? There are {count} now.</source>
        <translation>ሌላ “{label}” ይጨመር? አሁን {count} አሉ።</translation>
    </message>
    <message>
        <location filename="../filling.py" line="533"/>
        <source>Add another (Alt+A)</source>
        <translation>ሌላ ጨምር (Alt+A)</translation>
    </message>
    <message>
        <location filename="../filling.py" line="534"/>
        <source>No, go on (Enter)</source>
        <translation>አይ፣ ቀጥል (Enter)</translation>
    </message>
    <message>
        <location filename="../filling.py" line="541"/>
        <source>Remove the last one (Alt+R)</source>
        <translation>የመጨረሻውን አስወግድ (Alt+R)</translation>
    </message>
    <message>
        <location filename="../filling.py" line="630"/>
        <source>How many entries there are is set by an answer earlier in the form: change that answer to remove one.</source>
        <translation>የግቤቶቹ ብዛት የሚወሰነው በቅጹ ውስጥ ቀደም ብሎ ባለ መልስ ነው፤ አንዱን ለማስወገድ ያንን መልስ ይቀይሩ።</translation>
    </message>
    <message>
        <location filename="../filling.py" line="670"/>
        <source>Finalize (Alt+F)</source>
        <translation>አጠናቅቅ (Alt+F)</translation>
    </message>
    <message>
        <location filename="../filling.py" line="720"/>
        <source>Why was it changed?</source>
        <translation>ለምን ተቀየረ?</translation>
    </message>
    <message>
        <location filename="../filling.py" line="723"/>
        <source>This form asks why a finalized submission is changed. Say why (it goes with the submission&apos;s audit log):</source>
        <translation>ይህ ቅጽ የተጠናቀቀ ቅጽ ሲቀየር ምክንያቱን ይጠይቃል። ለምን እንደተቀየረ ይግለጹ (ምክንያቱ ከቅጹ የኦዲት መዝገብ ጋር ይቀመጣል)፦</translation>
    </message>
    <message>
        <location filename="../filling.py" line="727"/>
        <source>Finalize</source>
        <translation>አጠናቅቅ</translation>
    </message>
    <message>
        <location filename="../filling.py" line="590"/>
        <source>Remove answers?</source>
        <translation>መልሶች ይወገዱ?</translation>
    </message>
    <message>
        <location filename="../filling.py" line="592"/>
        <source>The count is now {wanted}, but these entries hold answers: {names}.

Remove them and their answers?</source>
        <translation>ቁጥሩ አሁን {wanted} ነው፤ ነገር ግን እነዚህ ግቤቶች መልሶች አሏቸው፦ {names}።

እነሱና መልሶቻቸው ይወገዱ?</translation>
    </message>
    <message>
        <location filename="../filling.py" line="604"/>
        <source>Keep them (the count goes back to {n})</source>
        <translation>አቆያቸው (ቁጥሩ ወደ {n} ይመለሳል)</translation>
    </message>
    <message>
        <location filename="../filling.py" line="605"/>
        <source>Keep them</source>
        <translation>አቆያቸው</translation>
    </message>
    <message>
        <location filename="../filling.py" line="606"/>
        <source>Remove them</source>
        <translation>አስወግዳቸው</translation>
    </message>
    <message>
        <location filename="../filling.py" line="639"/>
        <source>Remove</source>
        <translation>አስወግድ</translation>
    </message>
    <message>
        <location filename="../filling.py" line="640"/>
        <source>Remove “{label}” {n} and all its answers?</source>
        <translation>“{label}” {n} ከነመልሶቹ ሁሉ ይወገድ?</translation>
    </message>
    <message>
        <location filename="../filling.py" line="659"/>
        <source>End of the form. Check the problems below, then finalize.</source>
        <translation>የቅጹ መጨረሻ። ከታች ያሉትን ችግሮች ይመልከቱ፣ ከዚያ ያጠናቅቁ።</translation>
    </message>
    <message>
        <location filename="../filling.py" line="664"/>
        <source>Problems</source>
        <translation>ችግሮች</translation>
    </message>
    <message>
        <location filename="../filling.py" line="692"/>
        <source>No problems: ready to finalize.</source>
        <translation>ምንም ችግር የለም፦ ለማጠናቀቅ ዝግጁ ነው።</translation>
    </message>
    <message>
        <location filename="../filling.py" line="694"/>
        <source>This submission is finalized and can no longer be changed.</source>
        <translation>ይህ የተሞላ ቅጽ ተጠናቋል፤ ከእንግዲህ ሊቀየር አይችልም።</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <location filename="../home.py" line="62"/>
        <source>Drafts</source>
        <translation>ረቂቆች</translation>
    </message>
    <message>
        <location filename="../home.py" line="63"/>
        <source>Ready to send</source>
        <translation>ለመላክ ዝግጁ</translation>
    </message>
    <message>
        <location filename="../home.py" line="64"/>
        <source>Sent</source>
        <translation>የተላኩ</translation>
    </message>
    <message>
        <location filename="../home.py" line="65"/>
        <source>Sent back</source>
        <translation>ለእርማት የተመለሱ</translation>
    </message>
    <message>
        <location filename="../home.py" line="69"/>
        <source>&amp;Forms</source>
        <translation>ቅጾች (&amp;F)</translation>
    </message>
    <message>
        <location filename="../home.py" line="72"/>
        <source>Installed forms</source>
        <translation>የተጫኑ ቅጾች</translation>
    </message>
    <message>
        <location filename="../home.py" line="271"/>
        <source>version {version}</source>
        <translation>ስሪት {version}</translation>
    </message>
    <message>
        <location filename="../home.py" line="76"/>
        <source>&amp;New submission (Ctrl+N)</source>
        <translation>አዲስ ቅጽ ሙላ (Ctrl+N) (&amp;N)</translation>
    </message>
    <message>
        <location filename="../home.py" line="89"/>
        <source>Search titles (Ctrl+F)</source>
        <translation>ርዕሶችን ፈልግ (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../home.py" line="281"/>
        <source>All forms</source>
        <translation>ሁሉም ቅጾች</translation>
    </message>
    <message>
        <location filename="../home.py" line="95"/>
        <source>Any time</source>
        <translation>ማንኛውም ጊዜ</translation>
    </message>
    <message>
        <location filename="../home.py" line="86"/>
        <source>To visit</source>
        <translation>የሚጎበኙ</translation>
    </message>
    <message>
        <location filename="../home.py" line="96"/>
        <source>Today</source>
        <translation>ዛሬ</translation>
    </message>
    <message>
        <location filename="../home.py" line="97"/>
        <source>Last 7 days</source>
        <translation>ያለፉት 7 ቀናት</translation>
    </message>
    <message>
        <location filename="../home.py" line="98"/>
        <source>Last 30 days</source>
        <translation>ያለፉት 30 ቀናት</translation>
    </message>
    <message>
        <location filename="../home.py" line="117"/>
        <source>Title</source>
        <translation>ርዕስ</translation>
    </message>
    <message>
        <location filename="../home.py" line="118"/>
        <source>Form</source>
        <translation>ቅጽ</translation>
    </message>
    <message>
        <location filename="../home.py" line="119"/>
        <source>Status</source>
        <translation>ሁኔታ</translation>
    </message>
    <message>
        <location filename="../home.py" line="120"/>
        <source>Changed</source>
        <translation>የተቀየረበት ጊዜ</translation>
    </message>
    <message>
        <location filename="../home.py" line="121"/>
        <source>Enumerator</source>
        <translation>ቆጣሪ</translation>
    </message>
    <message>
        <location filename="../home.py" line="127"/>
        <source>Submissions</source>
        <translation>የተሞሉ ቅጾች</translation>
    </message>
    <message>
        <location filename="../home.py" line="245"/>
        <source>To visit ({left})</source>
        <translation>የሚጎበኙ ({left})</translation>
    </message>
    <message>
        <location filename="../home.py" line="324"/>
        <source>Nothing here.</source>
        <translation>እዚህ ምንም የለም።</translation>
    </message>
    <message>
        <location filename="../home.py" line="344"/>
        <source>Print assignment sheets</source>
        <translation>የሥራ ወረቀቶችን አትም</translation>
    </message>
    <message>
        <location filename="../home.py" line="369"/>
        <source>{n} sheet(s) printed to {file}.</source>
        <translation>{n} ወረቀት(ቶች) ወደ {file} ታትመዋል።</translation>
    </message>
</context>
<context>
    <name>HouseholdsModel</name>
    <message>
        <location filename="../assignment_models.py" line="213"/>
        <source>Refused by the server: {why}</source>
        <translation>አገልጋዩ አልተቀበለውም፦ {why}</translation>
    </message>
    <message>
        <location filename="../assignment_models.py" line="231"/>
        <source>(no label)</source>
        <translation>(መለያ የለውም)</translation>
    </message>
    <message>
        <location filename="../assignment_models.py" line="234"/>
        <source>{name}: {value}</source>
        <translation>{name}: {value}</translation>
    </message>
    <message>
        <location filename="../assignment_models.py" line="237"/>
        <source>{label} — {facts}</source>
        <translation>{label} — {facts}</translation>
    </message>
    <message>
        <location filename="../assignment_models.py" line="239"/>
        <source>{household} (already given to {names})</source>
        <translation>{household} (ቀድሞ ለ{names} ተሰጥቷል)</translation>
    </message>
</context>
<context>
    <name>Indicators</name>
    <message>
        <location filename="../secretariat.py" line="67"/>
        <source>households using at least basic drinking water</source>
        <translation>ቢያንስ መሠረታዊ የመጠጥ ውሃ የሚጠቀሙ ቤተሰቦች</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="68"/>
        <source>households using surface water</source>
        <translation>የገጸ ምድር ውሃ የሚጠቀሙ ቤተሰቦች</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="69"/>
        <source>households with at least basic sanitation</source>
        <translation>ቢያንስ መሠረታዊ የንጽሕና አገልግሎት ያላቸው ቤተሰቦች</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="70"/>
        <source>households practising open defecation</source>
        <translation>በሜዳ ላይ የሚጸዳዱ ቤተሰቦች</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="71"/>
        <source>households relying on clean cooking fuel</source>
        <translation>ንጹሕ የምግብ ማብሰያ ነዳጅ የሚጠቀሙ ቤተሰቦች</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="72"/>
        <source>households with any electricity</source>
        <translation>ማንኛውም ዓይነት ኤሌክትሪክ ያላቸው ቤተሰቦች</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="73"/>
        <source>households with poor or borderline food consumption</source>
        <translation>ደካማ ወይም ድንበር ላይ ያለ የምግብ ፍጆታ ያላቸው ቤተሰቦች</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="76"/>
        <source>mean persons per sleeping room</source>
        <translation>በአንድ የመኝታ ክፍል አማካይ የሰዎች ብዛት</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="77"/>
        <source>households with more than 3 persons per sleeping room</source>
        <translation>በአንድ የመኝታ ክፍል ከ3 በላይ ሰዎች ያሏቸው ቤተሰቦች</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="80"/>
        <source>members aged 5 or more with a disability (Washington Group cut-off)</source>
        <translation>ዕድሜያቸው 5 እና ከዚያ በላይ የሆኑ አካል ጉዳተኛ አባላት (የዋሽንግተን ቡድን መለኪያ)</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="83"/>
        <source>households whose head has no identity document</source>
        <translation>ኃላፊያቸው የመታወቂያ ሰነድ የሌላቸው ቤተሰቦች</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="84"/>
        <source>children under 5 with a birth certificate</source>
        <translation>የልደት ምስክር ወረቀት ያላቸው ከ5 ዓመት በታች ልጆች</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="85"/>
        <source>households hit by any shock in 6 months</source>
        <translation>በ6 ወራት ውስጥ ማንኛውም ድንገተኛ ችግር የደረሰባቸው ቤተሰቦች</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="86"/>
        <location filename="../secretariat.py" line="110"/>
        <source>median monthly income per person</source>
        <translation>የአንድ ሰው ወርሃዊ ገቢ መካከለኛ</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="87"/>
        <source>households using the service in the last 3 months</source>
        <translation>ባለፉት 3 ወራት አገልግሎቱን የተጠቀሙ ቤተሰቦች</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="90"/>
        <source>users reaching it within 30 minutes</source>
        <translation>በ30 ደቂቃ ውስጥ የሚደርሱበት ተጠቃሚዎች</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="91"/>
        <source>median one-way travel time, minutes</source>
        <translation>የአንድ አቅጣጫ የጉዞ ጊዜ መካከለኛ፣ በደቂቃ</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="92"/>
        <source>users reporting any barrier</source>
        <translation>ማንኛውም እንቅፋት የገለጹ ተጠቃሚዎች</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="93"/>
        <source>households refused because of nationality or status</source>
        <translation>በዜግነት ወይም በሁኔታ ምክንያት የተከለከሉ ቤተሰቦች</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="96"/>
        <source>users satisfied (4-5)</source>
        <translation>የረኩ ተጠቃሚዎች (4-5)</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="97"/>
        <source>median cost per user, last 3 months</source>
        <translation>የአንድ ተጠቃሚ ወጪ መካከለኛ፣ ያለፉት 3 ወራት</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="98"/>
        <source>share of the city&apos;s population</source>
        <translation>ከከተማዋ ሕዝብ ያለው ድርሻ</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="99"/>
        <source>average household size</source>
        <translation>አማካይ የቤተሰብ መጠን</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="100"/>
        <source>dependency ratio (0-17 and 60+ per 18-59)</source>
        <translation>የጥገኝነት ምጣኔ (0-17 እና 60+ ለ18-59)</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="101"/>
        <source>males per 100 females</source>
        <translation>ወንዶች በ100 ሴቶች</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="102"/>
        <source>P6 dwelling occupancy rate</source>
        <translation>P6 የመኖሪያ ቤት የነዋሪነት መጠን</translation>
    </message>
</context>
<context>
    <name>IndicatorsTab</name>
    <message>
        <location filename="../secretariat.py" line="324"/>
        <source>&amp;Show</source>
        <translation>አሳይ (&amp;S)</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="328"/>
        <source>Save the table as &amp;CSV…</source>
        <translation>ሰንጠረዡን እንደ CSV አስቀምጥ… (&amp;C)</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="330"/>
        <source>Save the chart as &amp;PNG…</source>
        <translation>ገበታውን እንደ PNG አስቀምጥ… (&amp;P)</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="334"/>
        <source>City</source>
        <translation>ከተማ</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="335"/>
        <source>Population group</source>
        <translation>የሕዝብ ቡድን</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="336"/>
        <source>Sex</source>
        <translation>ጾታ</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="337"/>
        <source>Indicator</source>
        <translation>አመልካች</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="338"/>
        <source>Value</source>
        <translation>ዋጋ</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="339"/>
        <source>Households (or persons)</source>
        <translation>ቤተሰቦች (ወይም ሰዎች)</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="343"/>
        <source>Indicators</source>
        <translation>አመልካቾች</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="348"/>
        <source>Bars for each population &amp;group too</source>
        <translation>ለእያንዳንዱ የሕዝብ ቡድንም አምዶች (&amp;G)</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="364"/>
        <source>F&amp;orm</source>
        <translation>ቅጽ (&amp;O)</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="365"/>
        <source>S&amp;tate</source>
        <translation>ሁኔታ (&amp;T)</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="373"/>
        <source>C&amp;hart of</source>
        <translation>የዚህ ገበታ (&amp;H)</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="420"/>
        <source>{n} figures, computed on the server.</source>
        <translation>{n} አሃዞች፣ በአገልጋዩ የተሰሉ።</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="358"/>
        <location filename="../secretariat.py" line="426"/>
        <source>(all)</source>
        <translation>(ሁሉም)</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="356"/>
        <source>Computed on the server from the submissions in the chosen state, per city and population group; “{all}” is every city or group together.</source>
        <translation>በተመረጠው ሁኔታ ካሉ መልሶች በአገልጋዩ ላይ የተሰላ፣ በከተማና በሕዝብ ቡድን፤ “{all}” ሁሉንም ከተሞች ወይም ቡድኖች በአንድ ላይ ነው።</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="454"/>
        <source>Save the indicators</source>
        <translation>አመልካቾቹን አስቀምጥ</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="450"/>
        <location filename="../secretariat.py" line="464"/>
        <source>Saved {path}</source>
        <translation>{path} ተቀምጧል</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="468"/>
        <source>Save the chart</source>
        <translation>ገበታውን አስቀምጥ</translation>
    </message>
</context>
<context>
    <name>KeepAsWritten</name>
    <message>
        <location filename="../keyed_entry.py" line="111"/>
        <source>Not what the form allows</source>
        <translation>ቅጹ የሚፈቅደው አይደለም</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="116"/>
        <source>{value} breaks the form&apos;s rule: {rule}

Is it what the paper says? Keep it as written only when the paper says so: the supervisor will see it.</source>
        <translation>{value} የቅጹን ደንብ ይጥሳል፦ {rule}

ወረቀቱ የሚለው ይህ ነው? ወረቀቱ እንዲህ ካለ ብቻ እንደተጻፈ ያስቀምጡት፦ ተቆጣጣሪው ያየዋል።</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="124"/>
        <source>&amp;Note (optional):</source>
        <translation>ማስታወሻ (አማራጭ)፦ (&amp;N)</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="130"/>
        <source>&amp;Correct it</source>
        <translation>አርም (&amp;C)</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="133"/>
        <source>&amp;Keep as written on the paper</source>
        <translation>በወረቀቱ እንደተጻፈ ያዝ (&amp;K)</translation>
    </message>
</context>
<context>
    <name>KeyedEntryView</name>
    <message>
        <location filename="../keyed_entry.py" line="177"/>
        <source>Questionnaire &amp;number</source>
        <translation>የመጠይቁ ቁጥር (&amp;N)</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="178"/>
        <source>Interview da&amp;te</source>
        <translation>የቃለ መጠይቁ ቀን (&amp;T)</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="179"/>
        <source>&amp;Enumerator on the paper</source>
        <translation>በወረቀቱ ላይ የተጻፈው ቆጣሪ (&amp;E)</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="180"/>
        <source>&amp;Batch</source>
        <translation>ጥቅል (&amp;B)</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="189"/>
        <source>DD/MM/YYYY</source>
        <translation>ቀን/ወር/ዓመት</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="211"/>
        <source>Enter: next · Up: back · Ctrl+Enter: save this questionnaire and key the next</source>
        <translation>Enter፦ ቀጣይ · ወደ ላይ፦ ተመለስ · Ctrl+Enter፦ ይህን መጠይቅ አስቀምጥና ቀጣዩን አስገባ</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="214"/>
        <source>&amp;Save and key the next</source>
        <translation>አስቀምጥና ቀጣዩን አስገባ (&amp;S)</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="228"/>
        <source>No choice has the code {code}. The codes are {codes}.</source>
        <translation>ኮድ {code} ያለው ምርጫ የለም። ኮዶቹ {codes} ናቸው።</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="229"/>
        <source>One code only: {codes}.</source>
        <translation>አንድ ኮድ ብቻ፦ {codes}።</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="230"/>
        <source>Code {code} cannot be chosen here (by an earlier answer).</source>
        <translation>ኮድ {code} እዚህ ሊመረጥ አይችልም (በቀድሞ መልስ ምክንያት)።</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="231"/>
        <source>This question needs an answer.</source>
        <translation>ይህ ጥያቄ መልስ ያስፈልገዋል።</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="233"/>
        <source>Key the questionnaire&apos;s number as written on the paper (digits only), or scan its QR code.</source>
        <translation>የመጠይቁን ቁጥር በወረቀቱ ላይ እንደተጻፈ ያስገቡ (አሃዞች ብቻ)፣ ወይም የQR ኮዱን ይቃኙ።</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="237"/>
        <source>{date} is not a day of the calendar: check the day and the month.</source>
        <translation>{date} በቀን መቁጠሪያ ላይ ያለ ቀን አይደለም፦ ቀኑንና ወሩን ያረጋግጡ።</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="240"/>
        <source>Questionnaire {number} was keyed already (on {when}). Check the number.</source>
        <translation>መጠይቅ {number} ቀደም ብሎ ገብቷል ({when})። ቁጥሩን ያረጋግጡ።</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="242"/>
        <source>Key the interview&apos;s date as DD/MM/YYYY.</source>
        <translation>የቃለ መጠይቁን ቀን እንደ ቀን/ወር/ዓመት (DD/MM/YYYY) ያስገቡ።</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="243"/>
        <source>{date} is after today: check the interview&apos;s date.</source>
        <translation>{date} ከዛሬ በኋላ ነው፦ የቃለ መጠይቁን ቀን ያረጋግጡ።</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="244"/>
        <source>Key the enumerator&apos;s name or code, as on the paper.</source>
        <translation>የቆጣሪውን ስም ወይም ኮድ በወረቀቱ ላይ እንዳለው ያስገቡ።</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="245"/>
        <source>Questionnaire {number} saved: {count} keyed in this sitting.</source>
        <translation>መጠይቅ {number} ተቀምጧል፦ በዚህ ክፍለ ጊዜ {count} ገብተዋል።</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="246"/>
        <source>Another entry? 1: yes · Enter: no</source>
        <translation>ሌላ ረድፍ? 1፦ አዎ · Enter፦ አይ</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="248"/>
        <source>Questionnaire {number} keyed a second time: {differences} answer(s) differ ({count} in this sitting).</source>
        <translation>መጠይቅ {number} ለሁለተኛ ጊዜ ገብቷል፦ {differences} መልስ(ሶች) ይለያያሉ (በዚህ ክፍለ ጊዜ {count})።</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="252"/>
        <source>Questionnaire {number} has not been keyed a first time (in this batch).</source>
        <translation>መጠይቅ {number} ለመጀመሪያ ጊዜ አልገባም (በዚህ ጥቅል)።</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="255"/>
        <source>You keyed questionnaire {number} the first time: another clerk keys it again.</source>
        <translation>መጠይቅ {number}ን ለመጀመሪያ ጊዜ ያስገቡት እርስዎ ነዎት፦ ሌላ ጸሐፊ እንደገና ያስገባው።</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="257"/>
        <source>Questionnaire {number} was keyed twice already.</source>
        <translation>መጠይቅ {number} ቀደም ብሎ ሁለት ጊዜ ገብቷል።</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="258"/>
        <source>This questionnaire&apos;s code is of another form ({form}).</source>
        <translation>የዚህ መጠይቅ ኮድ የሌላ ቅጽ ነው ({form})።</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="260"/>
        <source>Assignment {id} of this sheet is not on this computer: sync, then scan it again. The number is kept.</source>
        <translation>የዚህ ወረቀት ሥራ {id} በዚህ ኮምፒውተር ላይ የለም፤ ያመሳስሉ፣ ከዚያ እንደገና ይቃኙት። ቁጥሩ ተይዟል።</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="264"/>
        <source>No question {number} to key here (none has that number, or it is skipped).</source>
        <translation>እዚህ የሚገባ ጥያቄ {number} የለም (ያንን ቁጥር የያዘ የለም፣ ወይም ተዘልሏል)።</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="266"/>
        <source>Key 1 for another entry, or nothing to go on.</source>
        <translation>ለሌላ ረድፍ 1 ያስገቡ፣ ለመቀጠል ምንም አያስገቡ።</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="298"/>
        <source>Second keying (blind) of paper questionnaires: {form}</source>
        <translation>የወረቀት መጠይቆች ሁለተኛ ግብዓት (የመጀመሪያውን ሳያዩ)፦ {form}</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="301"/>
        <source>Keying paper questionnaires: {form}</source>
        <translation>የወረቀት መጠይቆችን ማስገባት፦ {form}</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="535"/>
        <source>kept as on paper</source>
        <translation>በወረቀቱ እንዳለ ተይዟል</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="601"/>
        <source>Go to question</source>
        <translation>ወደ ጥያቄ ሂድ</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="602"/>
        <source>Question &amp;number:</source>
        <translation>የጥያቄ ቁጥር (&amp;N)፦</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="778"/>
        <source>End of the questionnaire: Enter saves it.</source>
        <translation>የመጠይቁ መጨረሻ፦ Enter ያስቀምጠዋል።</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="879"/>
        <source>End of the questionnaire: Enter saves it, Up goes back.</source>
        <translation>የመጠይቁ መጨረሻ፦ Enter ያስቀምጠዋል፣ ወደ ላይ ይመልሳል።</translation>
    </message>
</context>
<context>
    <name>LoginView</name>
    <message>
        <location filename="../login.py" line="61"/>
        <source>Password</source>
        <translation>የይለፍ ቃል</translation>
    </message>
    <message>
        <location filename="../login.py" line="65"/>
        <source>Welcome to Daftari. Create the administrator profile for this computer: it can add the other users and reset a forgotten password.</source>
        <translation>እንኳን ወደ Daftari በደህና መጡ። ለዚህ ኮምፒውተር የአስተዳዳሪ መገለጫ ይፍጠሩ፤ አስተዳዳሪው ሌሎች ተጠቃሚዎችን መጨመርና የተረሳ የይለፍ ቃልን እንደገና ማዘጋጀት ይችላል።</translation>
    </message>
    <message>
        <location filename="../login.py" line="74"/>
        <source>&amp;Name:</source>
        <translation>ስም (&amp;N):</translation>
    </message>
    <message>
        <location filename="../login.py" line="75"/>
        <source>&amp;Enumerator id:</source>
        <translation>የቆጣሪ መለያ ቁጥር (&amp;E):</translation>
    </message>
    <message>
        <location filename="../login.py" line="76"/>
        <source>&amp;Site (city):</source>
        <translation>ቦታ (ከተማ) (&amp;S):</translation>
    </message>
    <message>
        <location filename="../login.py" line="77"/>
        <location filename="../login.py" line="96"/>
        <source>&amp;Password:</source>
        <translation>የይለፍ ቃል (&amp;P):</translation>
    </message>
    <message>
        <location filename="../login.py" line="78"/>
        <source>&amp;Repeat the password:</source>
        <translation>የይለፍ ቃሉን ይድገሙ (&amp;R):</translation>
    </message>
    <message>
        <location filename="../login.py" line="79"/>
        <source>&amp;Create profile</source>
        <translation>መገለጫ ፍጠር (&amp;C)</translation>
    </message>
    <message>
        <location filename="../login.py" line="83"/>
        <source>Locked. Enter your password to go on, or switch user.</source>
        <translation>ተቆልፏል። ለመቀጠል የይለፍ ቃልዎን ያስገቡ፣ ወይም ተጠቃሚ ይቀይሩ።</translation>
    </message>
    <message>
        <location filename="../login.py" line="85"/>
        <source>Who is working?</source>
        <translation>ማን እየሠራ ነው?</translation>
    </message>
    <message>
        <location filename="../login.py" line="95"/>
        <source>&amp;User:</source>
        <translation>ተጠቃሚ (&amp;U):</translation>
    </message>
    <message>
        <location filename="../login.py" line="97"/>
        <source>&amp;Log in</source>
        <translation>ግባ (&amp;L)</translation>
    </message>
    <message>
        <location filename="../login.py" line="137"/>
        <source>The two passwords are not the same.</source>
        <translation>ሁለቱ የይለፍ ቃሎች አንድ አይደሉም።</translation>
    </message>
    <message>
        <location filename="../login.py" line="152"/>
        <source>Checking…</source>
        <translation>በማረጋገጥ ላይ…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="157"/>
        <source>&amp;Daftari</source>
        <translation>Daftari (&amp;D)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="159"/>
        <source>&amp;Install a form (XLSForm)…</source>
        <translation>ቅጽ ጫን (XLSForm) (&amp;I)…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="161"/>
        <source>&amp;Lock / switch user</source>
        <translation>ቆልፍ / ተጠቃሚ ቀይር (&amp;L)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="162"/>
        <source>&amp;Sync now</source>
        <translation>አሁን አመሳስል (&amp;S)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="163"/>
        <source>&amp;Connect to a server…</source>
        <translation>ከሰርቨር ጋር ተገናኝ (&amp;C)…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="165"/>
        <source>Connect to ODK Central or &amp;KoboToolbox…</source>
        <translation>ከODK Central ወይም KoboToolbox ጋር ተገናኝ (&amp;K)…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="168"/>
        <source>&amp;Bring a bundle from a USB stick…</source>
        <translation>ከUSB ጥቅል አምጣ (&amp;B)…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="171"/>
        <source>Bundles b&amp;rought from USB sticks…</source>
        <translation>ከUSB የመጡ ጥቅሎች… (&amp;R)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="174"/>
        <source>&amp;Put submissions on a USB stick…</source>
        <translation>ማስረከቢያዎችን በUSB ላይ አስቀምጥ… (&amp;P)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="177"/>
        <source>Receive &amp;updates from a USB stick…</source>
        <translation>ዝማኔዎችን ከUSB ተቀበል… (&amp;U)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="179"/>
        <source>&amp;Users…</source>
        <translation>ተጠቃሚዎች (&amp;U)…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="181"/>
        <source>&amp;Quit</source>
        <translation>ውጣ (&amp;Q)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="182"/>
        <source>&amp;View</source>
        <translation>እይታ (&amp;V)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="184"/>
        <source>Larger text</source>
        <translation>ጽሑፉን አተልቅ</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="187"/>
        <source>Smaller text</source>
        <translation>ጽሑፉን አሳንስ</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="189"/>
        <source>Normal text size</source>
        <translation>መደበኛ የጽሑፍ መጠን</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="192"/>
        <source>&amp;My forms and submissions</source>
        <translation>የእኔ ቅጾችና መልሶች (&amp;M)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="195"/>
        <source>&amp;Review submissions</source>
        <translation>የተላኩ መልሶችን መገምገም (&amp;R)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="199"/>
        <source>&amp;Indicators, data and exports</source>
        <translation>አመልካቾች፣ መረጃ እና ወጪ ፋይሎች (&amp;I)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="204"/>
        <source>&amp;Key paper questionnaires…</source>
        <translation>የወረቀት መጠይቆችን ማስገባት… (&amp;K)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="208"/>
        <source>Key papers a &amp;second time (verification)…</source>
        <translation>ወረቀቶችን ለሁለተኛ ጊዜ ማስገባት (ማረጋገጫ)… (&amp;S)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="213"/>
        <source>&amp;Batches and differences</source>
        <translation>ጥቅሎችና ልዩነቶች (&amp;B)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="216"/>
        <source>Household &amp;conflicts…</source>
        <translation>የቤተሰብ ግጭቶች… (&amp;C)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="219"/>
        <source>&amp;Assignments</source>
        <translation>የሥራ ምደባዎች (&amp;A)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="222"/>
        <source>&amp;Quality of the work</source>
        <translation>የሥራው ጥራት (&amp;Q)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="224"/>
        <source>Interface &amp;language</source>
        <translation>የመተግበሪያው ቋንቋ (&amp;l)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="282"/>
        <source>Locked</source>
        <translation>ተቆልፏል</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="413"/>
        <source>Install a form first (Ctrl+I).</source>
        <translation>መጀመሪያ ቅጽ ይጫኑ (Ctrl+I)።</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="418"/>
        <source>Key paper questionnaires</source>
        <translation>የወረቀት መጠይቆችን ማስገባት</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="419"/>
        <source>&amp;Form:</source>
        <translation>ቅጽ (&amp;F)፦</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="592"/>
        <source>Connected: {n} form(s) listed there, installed on this computer now.</source>
        <translation>ተገናኝቷል፤ እዚያ {n} ቅጽ(ዎች) ተዘርዝረዋል፤ በዚህ ኮምፒውተር ላይ ተጭነዋል።</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="607"/>
        <source>Bring a bundle from a USB stick</source>
        <translation>ከUSB ጥቅል አምጣ</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="609"/>
        <location filename="../main_window.py" line="688"/>
        <location filename="../main_window.py" line="768"/>
        <source>Daftari bundles (*.bundle);;All files (*)</source>
        <translation>የDaftari ጥቅሎች (*.bundle);;ሁሉም ፋይሎች (*)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="632"/>
        <source>{name} is kept on this computer, sealed. It goes to the server at the first sync once this computer is connected to one (Daftari → Connect to a server).</source>
        <translation>{name} በዚህ ኮምፒውተር ላይ ታሽጎ ተቀምጧል። ይህ ኮምፒውተር ከሰርቨር ጋር ከተገናኘ በኋላ በመጀመሪያው ማመሳሰል ወደ ሰርቨሩ ይሄዳል (Daftari → ከሰርቨር ጋር ተገናኝ)።</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="637"/>
        <source>{name} is kept on this computer and goes to the server at the next sync. It is sealed: its answers cannot be read here.</source>
        <translation>{name} በዚህ ኮምፒውተር ላይ ተቀምጧል፤ በሚቀጥለው ማመሳሰል ወደ ሰርቨሩ ይሄዳል። የታሸገ ነው፤ መልሶቹ እዚህ ሊነበቡ አይችሉም።</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="642"/>
        <source>Bundle kept</source>
        <translation>ጥቅሉ ተቀምጧል</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="655"/>
        <source>The bundle was not kept</source>
        <translation>ጥቅሉ አልተቀመጠም</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="671"/>
        <location filename="../main_window.py" line="739"/>
        <location filename="../main_window.py" line="749"/>
        <source>Nothing was put on the stick</source>
        <translation>በUSB ላይ ምንም አልተቀመጠም</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="684"/>
        <source>Put submissions on a USB stick</source>
        <translation>ማስረከቢያዎችን በUSB ላይ አስቀምጥ</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="708"/>
        <source>Submissions put on the stick</source>
        <translation>ማስረከቢያዎች በUSB ላይ ተቀምጠዋል</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="710"/>
        <source>{n} submission(s) went into {file}. Take the stick to a computer that syncs with the server; they stay here as waiting until this computer&apos;s next sync hears that they arrived.</source>
        <translation>{n} ማስረከቢያ(ዎች) ወደ {file} ገብተዋል። USB ከአገልጋዩ ጋር ወደሚያመሳስል ኮምፒዩተር ይውሰዱ፤ የዚህ ኮምፒዩተር ቀጣይ ማመሳሰል መድረሳቸውን እስኪሰማ ድረስ እዚህ በመጠበቅ ይቆያሉ።</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="725"/>
        <source>{file} could not be written ({why}): nothing was put on the stick. Is the stick in, not full, and not locked against writing?</source>
        <translation>{file} ሊጻፍ አልቻለም ({why})፦ በUSB ላይ ምንም አልተቀመጠም። USB ገብቷል፣ አልሞላም፣ ለመጻፍስ አልተቆለፈም?</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="732"/>
        <source>Your waiting submissions and their photos are more than one bundle carries. Sync them over a network, or ask for help to write them in several bundles.</source>
        <translation>የሚጠብቁ ማስረከቢያዎችዎና ፎቶዎቻቸው አንድ ጥቅል ከሚሸከመው ይበልጣሉ። በኔትወርክ ያመሳስሏቸው፣ ወይም በብዙ ጥቅሎች ለመጻፍ እርዳታ ይጠይቁ።</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="743"/>
        <source>A bundle is sealed for your server, so that only it can read it: connect to it first (Daftari → Connect to a server).</source>
        <translation>ጥቅሉ ለአገልጋይዎ ብቻ እንዲነበብ ታሽጓል፦ መጀመሪያ ከእሱ ጋር ይገናኙ (Daftari → ከአገልጋይ ጋር ይገናኙ)።</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="751"/>
        <source>No finalized submission of yours waits to be sent: there is nothing to put on a stick, and no file was written.</source>
        <translation>ለመላክ የሚጠብቅ የተጠናቀቀ ማስረከቢያዎ የለም፦ በUSB ላይ የሚቀመጥ ነገር የለም፣ ምንም ፋይል አልተጻፈም።</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="762"/>
        <location filename="../main_window.py" line="795"/>
        <source>Nothing was received</source>
        <translation>ምንም አልተቀበለም</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="766"/>
        <source>Receive updates from a USB stick</source>
        <translation>ዝማኔዎችን ከUSB ተቀበል</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="781"/>
        <source>Updates received</source>
        <translation>ዝማኔዎች ተቀብለዋል</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="783"/>
        <source>{entities} household(s) or person(s) of the site&apos;s lists and {assignments} assignment(s) are on this computer now; {returned} submission(s) were sent back to correct.</source>
        <translation>{entities} ቤተሰብ(ቦች) ወይም ሰው(ዎች) ከጣቢያው ዝርዝሮች እና {assignments} ሥራ(ዎች) አሁን በዚህ ኮምፒውተር ላይ ናቸው፤ {returned} ቅጽ(ዎች) ለእርማት ተመልሰዋል።</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="874"/>
        <source>The visit cannot open</source>
        <translation>ጉብኝቱ ሊከፈት አይችልም</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="884"/>
        <source>Opening the form: reading its lists…</source>
        <translation>ቅጹን በመክፈት ላይ፦ ዝርዝሮቹን በማንበብ ላይ…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1026"/>
        <source>Reopened by you to correct it.</source>
        <translation>ለማስተካከል እርስዎ እንደገና ከፍተውታል።</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1031"/>
        <source>Reopened: correct it and finalize again; it is sent as an edit.</source>
        <translation>እንደገና ተከፍቷል፤ አስተካክለው እንደገና ያጠናቅቁ፤ እንደ ማሻሻያ ይላካል።</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1043"/>
        <source>Discard this draft?</source>
        <translation>ይህ ረቂቅ ይሰረዝ?</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1045"/>
        <source>Discard “{title}”? Its answers (and photos) will be deleted from this computer. This cannot be undone.</source>
        <translation>“{title}” ይሰረዝ? መልሶቹ (እና ፎቶዎቹ) ከዚህ ኮምፒውተር ይሰረዛሉ። ከዚያ በኋላ መመለስ አይቻልም።</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1061"/>
        <source>The draft was discarded.</source>
        <translation>ረቂቁ ተሰርዟል።</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1070"/>
        <source>Finalized. It will be sent when a connection appears.</source>
        <translation>ተጠናቋል። ግንኙነት ሲገኝ ይላካል።</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1076"/>
        <source>Choose a file…</source>
        <translation>ፋይል ይምረጡ…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1077"/>
        <source>OK</source>
        <translation>እሺ</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1078"/>
        <source>Type a whole number.</source>
        <translation>ሙሉ ቁጥር ይጻፉ።</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1079"/>
        <source>Type a number.</source>
        <translation>ቁጥር ይጻፉ።</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1081"/>
        <source>“{typed}” could be {first} or {second}. Type {first} or {second}, as you mean it.</source>
        <translation>“{typed}” {first} ወይም {second} ሊሆን ይችላል። እንደፈለጉት {first} ወይም {second} ብለው ይጻፉ።</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1084"/>
        <source>“{typed}”: a comma is not a decimal mark here. For {value}, type {value}.</source>
        <translation>“{typed}”፦ እዚህ ኮማ የአስርዮሽ ምልክት አይደለም። {value} ማለት ከፈለጉ {value} ብለው ይጻፉ።</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1086"/>
        <source>Too many digits to keep exactly.</source>
        <translation>በትክክል ለማስቀመጥ አሃዞቹ በጣም ብዙ ናቸው።</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1087"/>
        <source>Will be stored as {value}.</source>
        <translation>{value} ተብሎ ይቀመጣል።</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1088"/>
        <source>No choice has the code {code}.</source>
        <translation>{code} የሚል ኮድ ያለው ምርጫ የለም።</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1089"/>
        <source>Type a date as YYYY-MM-DD (F4 opens a calendar).</source>
        <translation>ቀኑን በ YYYY-MM-DD ቅርጸት ይጻፉ (F4 የቀን መቁጠሪያ ይከፍታል)።</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1090"/>
        <source>Type a time as HH:MM.</source>
        <translation>ሰዓቱን በ HH:MM ቅርጸት ይጻፉ።</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1091"/>
        <source>Type a date and time as YYYY-MM-DD HH:MM.</source>
        <translation>ቀንና ሰዓቱን በ YYYY-MM-DD HH:MM ቅርጸት ይጻፉ።</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1092"/>
        <source>Latitude</source>
        <translation>ኬክሮስ</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1093"/>
        <source>Longitude</source>
        <translation>ኬንትሮስ</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1094"/>
        <source>Accuracy (m)</source>
        <translation>ትክክለኛነት (ሜትር)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1095"/>
        <source>Latitude and longitude are numbers, e.g. 3.7194 and 34.8567.</source>
        <translation>ኬክሮስና ኬንትሮስ ቁጥሮች ናቸው፤ ለምሳሌ 3.7194 እና 34.8567።</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1096"/>
        <source>Latitude is between -90 and 90.</source>
        <translation>ኬክሮስ ከ-90 እስከ 90 ነው።</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1097"/>
        <source>Longitude is between -180 and 180.</source>
        <translation>ኬንትሮስ ከ-180 እስከ 180 ነው።</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1098"/>
        <source>Accuracy is a positive number of metres.</source>
        <translation>ትክክለኛነት በሜትር ከዜሮ በላይ የሆነ ቁጥር ነው።</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1125"/>
        <source>Install a form</source>
        <translation>ቅጽ ጫን</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1127"/>
        <source>XLSForms (*.xlsx *.xls)</source>
        <translation>XLSForm ፋይሎች (*.xlsx *.xls)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1144"/>
        <source>Installed {title}, version {version}.</source>
        <translation>{title}፣ ስሪት {version} ተጭኗል።</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1146"/>
        <source>{title}, version {version}, was already installed.</source>
        <translation>{title}፣ ስሪት {version} ቀድሞ ተጭኗል።</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1158"/>
        <source>The form was not installed</source>
        <translation>ቅጹ አልተጫነም</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../messages.py" line="37"/>
        <source>{name} is not a Daftari bundle (or it was cut short): nothing was kept.</source>
        <translation>{name} የDaftari ጥቅል አይደለም (ወይም ተቆርጧል)፤ ምንም አልተቀመጠም።</translation>
    </message>
    <message>
        <location filename="../messages.py" line="41"/>
        <source>{name} was brought to this computer before: it is not kept twice.</source>
        <translation>{name} ቀደም ሲል ወደዚህ ኮምፒውተር መጥቷል፤ ሁለት ጊዜ አይቀመጥም።</translation>
    </message>
    <message>
        <location filename="../messages.py" line="46"/>
        <source>{name} is not a private key (a PEM file, as ODK&apos;s key tools write it).</source>
        <translation>{name} የግል ቁልፍ አይደለም (የODK የቁልፍ መሣሪያዎች እንደሚጽፉት የPEM ፋይል)።</translation>
    </message>
    <message>
        <location filename="../messages.py" line="50"/>
        <source>That passphrase does not open {name}.</source>
        <translation>ያ የይለፍ ሐረግ {name}ን አይከፍትም።</translation>
    </message>
    <message>
        <location filename="../messages.py" line="56"/>
        <source>{name} is no longer in the list {list} on this computer: it was closed or moved to another site. Ask your supervisor; sync first if you have not today.</source>
        <translation>{name} በዚህ ኮምፒውተር ላይ ባለው {list} ዝርዝር ውስጥ የለም፤ ተዘግቷል ወይም ወደ ሌላ ጣቢያ ተዛውሯል። ተቆጣጣሪዎን ይጠይቁ፤ ዛሬ ካላመሳሰሉ መጀመሪያ ያመሳስሉ።</translation>
    </message>
    <message>
        <location filename="../messages.py" line="65"/>
        <source>A password needs at least {n} characters.</source>
        <translation>የይለፍ ቃል ቢያንስ {n} ፊደላት ሊኖሩት ይገባል።</translation>
    </message>
    <message>
        <location filename="../messages.py" line="74"/>
        <source>{name} holds submissions for the server, not updates from it: bring it to a computer that syncs (Daftari → Bring a bundle from a USB stick).</source>
        <translation>{name} ለአገልጋዩ የሚላኩ ቅጾችን ይዟል እንጂ ከሱ የመጡ ዝማኔዎችን አይደለም፤ ወደሚያመሳስል ኮምፒውተር ይውሰዱት (ዳፍታሪ → ጥቅል ከUSB አምጣ)።</translation>
    </message>
    <message>
        <location filename="../messages.py" line="79"/>
        <source>{name} was made for another computer: ask the office for updates made for this one. Nothing was applied.</source>
        <translation>{name} ለሌላ ኮምፒውተር ተዘጋጅቷል፤ ለዚህ ኮምፒውተር የተዘጋጁ ዝማኔዎችን ከቢሮው ይጠይቁ። ምንም አልተተገበረም።</translation>
    </message>
    <message>
        <location filename="../messages.py" line="84"/>
        <source>{name} cannot be read: nothing was applied.</source>
        <translation>{name} ሊነበብ አይችልም፤ ምንም አልተተገበረም።</translation>
    </message>
    <message>
        <location filename="../messages.py" line="89"/>
        <source>{name} is not updates from the server, or it was damaged or changed on the way: nothing was applied.</source>
        <translation>{name} ከአገልጋዩ የመጡ ዝማኔዎች አይደሉም፣ ወይም በመንገድ ላይ ተበላሽቷል ወይም ተቀይሯል፤ ምንም አልተተገበረም።</translation>
    </message>
    <message>
        <location filename="../messages.py" line="101"/>
        <source>That password is not right.</source>
        <translation>ይህ የይለፍ ቃል ትክክል አይደለም።</translation>
    </message>
    <message>
        <location filename="../messages.py" line="102"/>
        <source>There is no such user on this computer.</source>
        <translation>በዚህ ኮምፒውተር ላይ እንደዚህ ያለ ተጠቃሚ የለም።</translation>
    </message>
    <message>
        <location filename="../messages.py" line="105"/>
        <source>This profile is disabled: ask this computer&apos;s administrator.</source>
        <translation>ይህ መገለጫ ታግዷል፤ የዚህን ኮምፒውተር አስተዳዳሪ ይጠይቁ።</translation>
    </message>
    <message>
        <location filename="../messages.py" line="108"/>
        <source>This is a plain {plain} address on the internet: your password and the answers would cross it unencrypted. Use the server&apos;s {secure} address.</source>
        <translation>ይህ በኢንተርኔት ላይ ያለ ተራ {plain} አድራሻ ነው፦ የይለፍ ቃልዎ እና መልሶቹ ሳይመሰጠሩ ያልፋሉ። የሰርቨሩን {secure} አድራሻ ይጠቀሙ።</translation>
    </message>
    <message>
        <location filename="../messages.py" line="113"/>
        <source>A server address starts with {plain} or {secure}.</source>
        <translation>የሰርቨር አድራሻ በ {plain} ወይም በ {secure} ይጀምራል።</translation>
    </message>
    <message>
        <location filename="../messages.py" line="116"/>
        <source>Say what to correct before sending it back: a comment on the whole, or on an answer (Enter on it).</source>
        <translation>ከመመለስዎ በፊት ምን መታረም እንዳለበት ይናገሩ፦ በሙሉ መልሱ ላይ ወይም በአንድ መልስ ላይ አስተያየት (በእሱ ላይ Enter)።</translation>
    </message>
    <message>
        <location filename="../messages.py" line="121"/>
        <source>A comment is at most 4,000 characters, and 2,000 on one answer.</source>
        <translation>አስተያየት ቢበዛ 4,000 ፊደላት፣ በአንድ መልስ ላይ 2,000 ነው።</translation>
    </message>
    <message>
        <location filename="../messages.py" line="125"/>
        <source>The server&apos;s checks refused this revision (it breaks the form&apos;s rules): it can only be sent back.</source>
        <translation>የአገልጋዩ ፍተሻዎች ይህን እትም አልተቀበሉትም (የቅጹን ደንቦች ይጥሳል)፦ መመለስ ብቻ ይቻላል።</translation>
    </message>
    <message>
        <location filename="../messages.py" line="130"/>
        <source>The quality checks flagged this submission: to approve it, say in the comment why it stands.</source>
        <translation>የጥራት ፍተሻዎቹ በዚህ ማስረከቢያ ላይ ምልክት አድርገዋል፦ ለማጽደቅ ለምን እንደሚጸና በአስተያየቱ ይግለጹ።</translation>
    </message>
    <message>
        <location filename="../messages.py" line="135"/>
        <source>The Secretariat has decided on this revision: the site decides again on the next one.</source>
        <translation>ጽሕፈት ቤቱ በዚህ እትም ላይ ወስኗል፦ ጣቢያው በሚቀጥለው እትም ላይ እንደገና ይወስናል።</translation>
    </message>
    <message>
        <location filename="../messages.py" line="139"/>
        <source>No connection to the server: check the address and the network. Sync will try again by itself.</source>
        <translation>ከሰርቨሩ ጋር ግንኙነት የለም፤ አድራሻውንና ኔትወርኩን ያረጋግጡ። ማመሳሰሉ በራሱ እንደገና ይሞክራል።</translation>
    </message>
    <message>
        <location filename="../messages.py" line="144"/>
        <source>The server refused this account name or password.</source>
        <translation>ሰርቨሩ ይህን የአካውንት ስም ወይም የይለፍ ቃል አልተቀበለም።</translation>
    </message>
    <message>
        <location filename="../messages.py" line="147"/>
        <source>Something that is not a Daftari server answered: a Wi-Fi login page or a proxy may be in the way.</source>
        <translation>የመለሰው የ Daftari ሰርቨር አይደለም፤ የ Wi-Fi መግቢያ ገጽ ወይም ፕሮክሲ (proxy) መሃል ገብቶ ሊሆን ይችላል።</translation>
    </message>
    <message>
        <location filename="../messages.py" line="152"/>
        <source>This address does not answer as ODK Central or KoboToolbox do (no form list came back): check it, as ODK Collect would be given it. A Wi-Fi login page or a proxy may be in the way.</source>
        <translation>ይህ አድራሻ እንደ ODK Central ወይም KoboToolbox አይመልስም (የቅጾች ዝርዝር አልተመለሰም)፤ ለODK Collect እንደሚሰጠው ያረጋግጡት። የWi-Fi መግቢያ ገጽ ወይም ፕሮክሲ መሃል ሊኖር ይችላል።</translation>
    </message>
    <message>
        <location filename="../messages.py" line="158"/>
        <source>No form list came back from this address: check it, as ODK Collect would be given it (an ODK Central address ends with /projects/ and a number).</source>
        <translation>ከዚህ አድራሻ የቅጾች ዝርዝር አልተመለሰም፤ ለODK Collect እንደሚሰጠው ያረጋግጡት (የODK Central አድራሻ በ/projects/ እና በቁጥር ያበቃል)።</translation>
    </message>
    <message>
        <location filename="../messages.py" line="163"/>
        <source>The server failed. Sync will try again by itself.</source>
        <translation>ሰርቨሩ ላይ ችግር ተፈጥሯል። ማመሳሰሉ በራሱ እንደገና ይሞክራል።</translation>
    </message>
    <message>
        <location filename="../messages.py" line="166"/>
        <source>The sync did not finish. It will try again by itself.</source>
        <translation>ማመሳሰሉ አላለቀም። በራሱ እንደገና ይሞክራል።</translation>
    </message>
    <message>
        <location filename="../messages.py" line="169"/>
        <source>The disk is full: nothing new can be saved. Your earlier answers are safe; free some space.</source>
        <translation>ዲስኩ ሞልቷል፤ ምንም አዲስ ነገር ማስቀመጥ አይቻልም። ቀደም ብለው ያስቀመጧቸው መልሶች ደህና ናቸው፤ የተወሰነ ቦታ ያስለቅቁ።</translation>
    </message>
    <message>
        <location filename="../messages.py" line="195"/>
        <source>A newer revision of this submission reached the server since it was looked at here: look at the new one, then decide again.</source>
        <translation>ይህ ማስረከቢያ እዚህ ከታየ በኋላ አዲስ ክለሳ ወደ አገልጋዩ ደርሷል፦ አዲሱን ይመልከቱ፣ ከዚያ እንደገና ይወስኑ።</translation>
    </message>
    <message>
        <location filename="../messages.py" line="200"/>
        <source>It changed on the server meanwhile: look at it again, then try again.</source>
        <translation>በዚህ መሃል በአገልጋዩ ላይ ተለውጧል፦ እንደገና ይመልከቱት፣ ከዚያ እንደገና ይሞክሩ።</translation>
    </message>
    <message>
        <location filename="../messages.py" line="205"/>
        <source>The server does not let your account do this: ask whoever runs the server to check your account&apos;s role.</source>
        <translation>አገልጋዩ መለያዎ ይህን እንዲያደርግ አይፈቅድም፦ አገልጋዩን የሚያስተዳድረውን የመለያዎን ሚና እንዲያጣራ ይጠይቁ።</translation>
    </message>
    <message>
        <location filename="../messages.py" line="211"/>
        <source>The server has nothing of that for your account: it may be another site&apos;s, or no longer there.</source>
        <translation>አገልጋዩ ለመለያዎ ያንን አልያዘም፦ የሌላ ጣቢያ ሊሆን ወይም ከአሁን በኋላ ላይኖር ይችላል።</translation>
    </message>
    <message>
        <location filename="../messages.py" line="219"/>
        <source>The server could not take this decision as it was made (a comment, or an answer commented on, it cannot keep): open the submission and decide again.</source>
        <translation>አገልጋዩ ይህን ውሳኔ እንደተደረገው መቀበል አልቻለም (ሊያቆየው የማይችል አስተያየት ወይም አስተያየት የተሰጠበት መልስ)፦ ማስረከቢያውን ከፍተው እንደገና ይወስኑ።</translation>
    </message>
    <message>
        <location filename="../messages.py" line="227"/>
        <source>Too many attempts at once: wait a few minutes, then try again.</source>
        <translation>በአንድ ጊዜ በጣም ብዙ ሙከራዎች፦ ጥቂት ደቂቃዎች ይጠብቁ፣ ከዚያ እንደገና ይሞክሩ።</translation>
    </message>
    <message>
        <location filename="../messages.py" line="231"/>
        <source>That is more than the server takes at once.</source>
        <translation>ይህ አገልጋዩ በአንድ ጊዜ ከሚቀበለው በላይ ነው።</translation>
    </message>
    <message>
        <location filename="../messages.py" line="232"/>
        <source>The server refused this request.</source>
        <translation>አገልጋዩ ይህን ጥያቄ አልተቀበለም።</translation>
    </message>
</context>
<context>
    <name>OpenAssignmentsModel</name>
    <message>
        <location filename="../assignment_models.py" line="51"/>
        <source>Household or work</source>
        <translation>ቤተሰብ ወይም ሥራ</translation>
    </message>
    <message>
        <location filename="../assignment_models.py" line="52"/>
        <source>Enumerator</source>
        <translation>ቆጣሪ</translation>
    </message>
    <message>
        <location filename="../assignment_models.py" line="53"/>
        <source>Form</source>
        <translation>ቅጽ</translation>
    </message>
    <message>
        <location filename="../assignment_models.py" line="54"/>
        <source>Done</source>
        <translation>የተሠራ</translation>
    </message>
    <message>
        <location filename="../assignment_models.py" line="55"/>
        <source>Left</source>
        <translation>የቀረ</translation>
    </message>
    <message>
        <location filename="../assignment_models.py" line="56"/>
        <source>Site</source>
        <translation>ጣቢያ</translation>
    </message>
    <message>
        <location filename="../assignment_models.py" line="80"/>
        <source>{zone}: {n} new registration(s)</source>
        <translation>{zone}፦ {n} አዲስ ምዝገባ(ዎች)</translation>
    </message>
    <message>
        <location filename="../assignment_models.py" line="81"/>
        <source>{n} new registration(s)</source>
        <translation>{n} አዲስ ምዝገባ(ዎች)</translation>
    </message>
    <message>
        <location filename="../assignment_models.py" line="126"/>
        <source>{title} — given by {who}, {when}</source>
        <translation>{title} — በ{who} የተሰጠ፣ {when}</translation>
    </message>
</context>
<context>
    <name>OpenRosaDialog</name>
    <message>
        <location filename="../openrosa_dialog.py" line="29"/>
        <source>Connect to ODK Central or KoboToolbox</source>
        <translation>ከODK Central ወይም KoboToolbox ጋር መገናኘት</translation>
    </message>
    <message>
        <location filename="../openrosa_dialog.py" line="41"/>
        <source>The address ODK Collect would be given. An ODK Central app user&apos;s address needs no account or password; a Central web user&apos;s needs the e-mail and password; a KoboToolbox account&apos;s the user name and password. Its forms are installed here and their submissions go there.</source>
        <translation>ለODK Collect የሚሰጠው አድራሻ። የODK Central የመተግበሪያ ተጠቃሚ አድራሻ አካውንት ወይም የይለፍ ቃል አያስፈልገውም፤ የCentral የድር ተጠቃሚ ኢሜይልና የይለፍ ቃል ያስፈልገዋል፤ የKoboToolbox አካውንት የተጠቃሚ ስምና የይለፍ ቃል። ቅጾቹ እዚህ ይጫናሉ፤ መልሶቻቸው ወደዚያ ይሄዳሉ።</translation>
    </message>
    <message>
        <location filename="../openrosa_dialog.py" line="60"/>
        <source>Server &amp;address:</source>
        <translation>የሰርቨር አድራሻ (&amp;A):</translation>
    </message>
    <message>
        <location filename="../openrosa_dialog.py" line="63"/>
        <source>Send over plain http anyway (I know the risk)</source>
        <translation>ለማንኛውም በተራ http ላክ (አደጋውን አውቃለሁ)</translation>
    </message>
    <message>
        <location filename="../openrosa_dialog.py" line="66"/>
        <source>A&amp;ccount (if asked):</source>
        <translation>አካውንት፣ ከተጠየቀ (&amp;C):</translation>
    </message>
    <message>
        <location filename="../openrosa_dialog.py" line="67"/>
        <source>&amp;Password:</source>
        <translation>የይለፍ ቃል (&amp;P):</translation>
    </message>
    <message>
        <location filename="../openrosa_dialog.py" line="95"/>
        <source>Connecting…</source>
        <translation>በመገናኘት ላይ…</translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <location filename="../overview.py" line="27"/>
        <source>Question</source>
        <translation>ጥያቄ</translation>
    </message>
    <message>
        <location filename="../overview.py" line="27"/>
        <source>Answer</source>
        <translation>መልስ</translation>
    </message>
    <message>
        <location filename="../overview.py" line="27"/>
        <source>State</source>
        <translation>ሁኔታ</translation>
    </message>
    <message>
        <location filename="../overview.py" line="28"/>
        <source>Overview of the form</source>
        <translation>የቅጹ አጠቃላይ እይታ</translation>
    </message>
    <message>
        <location filename="../overview.py" line="69"/>
        <source>note</source>
        <translation>ማስታወሻ</translation>
    </message>
    <message>
        <location filename="../overview.py" line="73"/>
        <source>⚠ invalid</source>
        <translation>⚠ ትክክል አይደለም</translation>
    </message>
    <message>
        <location filename="../overview.py" line="75"/>
        <source>✓ answered</source>
        <translation>✓ ተመልሷል</translation>
    </message>
    <message>
        <location filename="../overview.py" line="77"/>
        <source>○ required</source>
        <translation>○ ግዴታ</translation>
    </message>
    <message>
        <location filename="../overview.py" line="79"/>
        <source>○ unanswered</source>
        <translation>○ አልተመለሰም</translation>
    </message>
</context>
<context>
    <name>ProgressModel</name>
    <message>
        <location filename="../assignment_models.py" line="272"/>
        <source>Enumerator</source>
        <translation>ቆጣሪ</translation>
    </message>
    <message>
        <location filename="../assignment_models.py" line="273"/>
        <source>Assignments</source>
        <translation>ሥራዎች</translation>
    </message>
    <message>
        <location filename="../assignment_models.py" line="274"/>
        <source>Expected</source>
        <translation>የሚጠበቁ</translation>
    </message>
    <message>
        <location filename="../assignment_models.py" line="275"/>
        <source>Done</source>
        <translation>የተሠራ</translation>
    </message>
    <message>
        <location filename="../assignment_models.py" line="276"/>
        <source>Left</source>
        <translation>የቀረ</translation>
    </message>
    <message>
        <location filename="../assignment_models.py" line="277"/>
        <source>Site</source>
        <translation>ጣቢያ</translation>
    </message>
    <message>
        <location filename="../assignment_models.py" line="291"/>
        <source>All of {site}</source>
        <translation>መላው ጣቢያ {site}</translation>
    </message>
    <message>
        <location filename="../assignment_models.py" line="309"/>
        <source>Nobody has open work: Assign… gives the site&apos;s enumerators and clerks some.</source>
        <translation>ያልተጠናቀቀ ሥራ ያለው ሰው የለም፦ «መድብ…» ለጣቢያው ቆጣሪዎችና ጸሐፊዎች ሥራ ይሰጣል።</translation>
    </message>
</context>
<context>
    <name>QualityView</name>
    <message>
        <location filename="../quality_view.py" line="173"/>
        <source>Quality of the work</source>
        <translation>የሥራው ጥራት</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="182"/>
        <source>&amp;Form:</source>
        <translation>ቅጽ (&amp;F)፦</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="192"/>
        <source>every site</source>
        <translation>ሁሉም ጣቢያዎች</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="194"/>
        <source>Site</source>
        <translation>ጣቢያ</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="196"/>
        <source>S&amp;ite:</source>
        <translation>ጣቢያ (&amp;I)፦</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="198"/>
        <source>&amp;Read (F5)</source>
        <translation>አንብብ (F5) (&amp;R)</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="215"/>
        <source>&amp;Enumerators</source>
        <translation>ቆጣሪዎች (&amp;E)</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="216"/>
        <source>&amp;Map</source>
        <translation>ካርታ (&amp;M)</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="217"/>
        <source>C&amp;hecks</source>
        <translation>ፍተሻዎች (&amp;H)</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="227"/>
        <source>This computer is not connected to a server: connect it first.</source>
        <translation>ይህ ኮምፒውተር ከአገልጋይ ጋር አልተገናኘም፦ መጀመሪያ ያገናኙት።</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="235"/>
        <source>Day</source>
        <translation>ቀን</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="236"/>
        <source>Enumerator</source>
        <translation>ቆጣሪ</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="237"/>
        <location filename="../quality_view.py" line="260"/>
        <source>Interviews</source>
        <translation>ቃለ መጠይቆች</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="238"/>
        <location filename="../quality_view.py" line="254"/>
        <source>Median minutes</source>
        <translation>መካከለኛ ደቂቃዎች</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="239"/>
        <location filename="../quality_view.py" line="255"/>
        <source>Flagged</source>
        <translation>ምልክት የተደረገባቸው</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="240"/>
        <location filename="../quality_view.py" line="256"/>
        <source>Sent back</source>
        <translation>ለእርማት የተመለሱ</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="241"/>
        <location filename="../quality_view.py" line="257"/>
        <source>Don&apos;t know</source>
        <translation>አላውቅም</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="242"/>
        <location filename="../quality_view.py" line="258"/>
        <source>Refused</source>
        <translation>መመለስ ያልፈለጉ</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="243"/>
        <location filename="../quality_view.py" line="259"/>
        <source>Roster size</source>
        <translation>የቤተሰብ አባላት ብዛት</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="244"/>
        <source>Timed</source>
        <translation>ጊዜያቸው የተለካ</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="250"/>
        <source>Per enumerator and day</source>
        <translation>በየቆጣሪውና በየቀኑ</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="264"/>
        <source>Char&amp;t of:</source>
        <translation>ገበታ (&amp;T)፦</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="285"/>
        <source>Map of the site</source>
        <translation>የጣቢያው ካርታ</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="286"/>
        <source>No areas and no points yet: Read (F5).</source>
        <translation>እስካሁን ቀጠናዎችም ነጥቦችም የሉም፦ «አንብብ» (F5)።</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="288"/>
        <source>by enumerator</source>
        <translation>በቆጣሪ</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="289"/>
        <source>by flag (red: flagged)</source>
        <translation>በምልክት (ቀይ፦ ምልክት የተደረገባቸው)</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="291"/>
        <source>&amp;Colour:</source>
        <translation>ቀለም (&amp;C)፦</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="296"/>
        <source>Arrows move, + and − zoom, 0 shows all.</source>
        <translation>ቀስቶች ያንቀሳቅሳሉ፣ + እና − ያጎላሉ ያሳንሳሉ፣ 0 ሁሉንም ያሳያል።</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="313"/>
        <source>Name</source>
        <translation>ስም</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="314"/>
        <source>Check</source>
        <translation>ፍተሻ</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="315"/>
        <source>Field</source>
        <translation>ጥያቄ</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="316"/>
        <source>Parameters</source>
        <translation>መለኪያዎች</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="317"/>
        <source>From</source>
        <translation>ምንጭ</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="323"/>
        <source>The form&apos;s checks</source>
        <translation>የቅጹ ፍተሻዎች</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="330"/>
        <source>a question&apos;s name, e.g. hh_size</source>
        <translation>የጥያቄ ስም፣ ለምሳሌ hh_size</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="336"/>
        <source>&amp;Name:</source>
        <translation>ስም (&amp;N)፦</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="337"/>
        <source>Chec&amp;k:</source>
        <translation>ፍተሻ (&amp;K)፦</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="338"/>
        <source>Q&amp;uestion:</source>
        <translation>ጥያቄ (&amp;U)፦</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="339"/>
        <source>&amp;Parameters:</source>
        <translation>መለኪያዎች (&amp;P)፦</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="340"/>
        <source>Me&amp;ssage:</source>
        <translation>መልእክት (&amp;S)፦</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="345"/>
        <source>&amp;Add the check</source>
        <translation>ፍተሻውን ጨምር (&amp;A)</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="347"/>
        <source>&amp;Take the chosen check away</source>
        <translation>የተመረጠውን ፍተሻ አስወግድ (&amp;T)</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="375"/>
        <source>Reading from the server…</source>
        <translation>ከአገልጋዩ በማንበብ ላይ…</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="403"/>
        <source>{points} interviews on the map, {flagged} of them flagged.</source>
        <translation>በካርታው ላይ {points} ቃለ መጠይቆች፣ ከእነሱ {flagged} ምልክት የተደረገባቸው።</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="409"/>
        <source>Team</source>
        <translation>ቡድን</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="418"/>
        <source>every day</source>
        <translation>ሁሉም ቀናት</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="471"/>
        <source>flagged</source>
        <translation>ምልክት የተደረገባቸው</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="471"/>
        <source>not flagged</source>
        <translation>ምልክት ያልተደረገባቸው</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="487"/>
        <source>the form</source>
        <translation>ቅጹ</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="487"/>
        <source>a supervisor</source>
        <translation>ተቆጣጣሪ</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="512"/>
        <source>The check was added; the flags follow within a minute.</source>
        <translation>ፍተሻው ተጨምሯል፤ ምልክቶቹ በአንድ ደቂቃ ውስጥ ይከተላሉ።</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="532"/>
        <source>The check was taken away.</source>
        <translation>ፍተሻው ተወግዷል።</translation>
    </message>
</context>
<context>
    <name>QuestionBox</name>
    <message>
        <location filename="../question_box.py" line="76"/>
        <source>Reviewer: {comment}</source>
        <translation>ገምጋሚ፦ {comment}</translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <location filename="../reassign_dialog.py" line="111"/>
        <source>Reassign</source>
        <translation>ለሌላ መድብ</translation>
    </message>
    <message>
        <location filename="../reassign_dialog.py" line="117"/>
        <source> and {n} more</source>
        <translation> እና ሌሎች {n}</translation>
    </message>
    <message>
        <location filename="../reassign_dialog.py" line="119"/>
        <source>Give {n} assignment(s) to someone else: {titles}</source>
        <translation>{n} ሥራ(ዎች) ለሌላ ሰው ስጥ፦ {titles}</translation>
    </message>
    <message>
        <location filename="../reassign_dialog.py" line="125"/>
        <source>Give to</source>
        <translation>ለማን ይሰጥ</translation>
    </message>
    <message>
        <location filename="../reassign_dialog.py" line="126"/>
        <source>Reading who works at the site…</source>
        <translation>በጣቢያው የሚሠሩትን በማንበብ ላይ…</translation>
    </message>
    <message>
        <location filename="../reassign_dialog.py" line="127"/>
        <source>&amp;Give to:</source>
        <translation>ለማን ይሰጥ (&amp;G)፦</translation>
    </message>
    <message>
        <location filename="../reassign_dialog.py" line="131"/>
        <source>What happened</source>
        <translation>የሆነው</translation>
    </message>
    <message>
        <location filename="../reassign_dialog.py" line="148"/>
        <source>&amp;Reassign</source>
        <translation>ለሌላ መድብ (&amp;R)</translation>
    </message>
    <message>
        <location filename="../reassign_dialog.py" line="155"/>
        <source>Nobody else at this site can be given work</source>
        <translation>በዚህ ጣቢያ ሥራ ሊሰጠው የሚችል ሌላ ሰው የለም</translation>
    </message>
    <message>
        <location filename="../reassign_dialog.py" line="168"/>
        <source>Choose who does the work.</source>
        <translation>ሥራውን የሚሠራውን ይምረጡ።</translation>
    </message>
    <message>
        <location filename="../reassign_dialog.py" line="173"/>
        <source>Sending to the server…</source>
        <translation>ወደ አገልጋዩ በመላክ ላይ…</translation>
    </message>
    <message>
        <location filename="../reassign_dialog.py" line="201"/>
        <source>{title}: {why}</source>
        <translation>{title}፦ {why}</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <location filename="../review.py" line="91"/>
        <location filename="../review.py" line="177"/>
        <source>Received</source>
        <translation>የደረሱ</translation>
    </message>
    <message>
        <location filename="../review.py" line="92"/>
        <source>Corrected</source>
        <translation>የታረሙ</translation>
    </message>
    <message>
        <location filename="../review.py" line="93"/>
        <source>Sent back</source>
        <translation>ለእርማት የተመለሱ</translation>
    </message>
    <message>
        <location filename="../review.py" line="94"/>
        <source>Approved by the site</source>
        <translation>በጣቢያው የጸደቁ</translation>
    </message>
    <message>
        <location filename="../review.py" line="95"/>
        <source>Approved</source>
        <translation>የጸደቁ</translation>
    </message>
    <message>
        <location filename="../review.py" line="106"/>
        <location filename="../review.py" line="186"/>
        <source>Submissions to review</source>
        <translation>የሚገመገሙ መልሶች</translation>
    </message>
    <message>
        <location filename="../review.py" line="112"/>
        <source>Every state</source>
        <translation>ሁሉም ሁኔታዎች</translation>
    </message>
    <message>
        <location filename="../review.py" line="116"/>
        <source>Every enumerator</source>
        <translation>ሁሉም ቆጣሪዎች</translation>
    </message>
    <message>
        <location filename="../review.py" line="120"/>
        <source>Every form</source>
        <translation>ሁሉም ቅጾች</translation>
    </message>
    <message>
        <location filename="../review.py" line="125"/>
        <source>Flagged or not</source>
        <translation>ምልክት የተደረገባቸውም ያልተደረገባቸውም</translation>
    </message>
    <message>
        <location filename="../review.py" line="126"/>
        <source>Flagged by the checks</source>
        <translation>በፍተሻዎቹ ምልክት የተደረገባቸው</translation>
    </message>
    <message>
        <location filename="../review.py" line="127"/>
        <source>Not flagged</source>
        <translation>ምልክት ያልተደረገባቸው</translation>
    </message>
    <message>
        <location filename="../review.py" line="129"/>
        <source>Every site</source>
        <translation>ሁሉም ጣቢያዎች</translation>
    </message>
    <message>
        <location filename="../review.py" line="135"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../review.py" line="149"/>
        <source>&amp;State</source>
        <translation>ሁኔታ (&amp;S)</translation>
    </message>
    <message>
        <location filename="../review.py" line="150"/>
        <source>&amp;Enumerator</source>
        <translation>ቆጣሪ (&amp;E)</translation>
    </message>
    <message>
        <location filename="../review.py" line="151"/>
        <source>F&amp;orm</source>
        <translation>ቅጽ (&amp;O)</translation>
    </message>
    <message>
        <location filename="../review.py" line="152"/>
        <source>Fla&amp;gs</source>
        <translation>ምልክቶች (&amp;G)</translation>
    </message>
    <message>
        <location filename="../review.py" line="155"/>
        <source>S&amp;ite</source>
        <translation>ጣቢያ (&amp;I)</translation>
    </message>
    <message>
        <location filename="../review.py" line="157"/>
        <source>&amp;Received from</source>
        <translation>የደረሰበት ከ (&amp;R)</translation>
    </message>
    <message>
        <location filename="../review.py" line="158"/>
        <source>to</source>
        <translation>እስከ</translation>
    </message>
    <message>
        <location filename="../review.py" line="173"/>
        <source>Title</source>
        <translation>ርዕስ</translation>
    </message>
    <message>
        <location filename="../review.py" line="174"/>
        <source>Form</source>
        <translation>ቅጽ</translation>
    </message>
    <message>
        <location filename="../review.py" line="175"/>
        <source>Enumerator</source>
        <translation>ቆጣሪ</translation>
    </message>
    <message>
        <location filename="../review.py" line="176"/>
        <source>Site</source>
        <translation>ጣቢያ</translation>
    </message>
    <message>
        <location filename="../review.py" line="178"/>
        <source>Revision</source>
        <translation>እትም</translation>
    </message>
    <message>
        <location filename="../review.py" line="179"/>
        <source>State</source>
        <translation>ሁኔታ</translation>
    </message>
    <message>
        <location filename="../review.py" line="180"/>
        <source>Keyed by</source>
        <translation>ያስገባው</translation>
    </message>
    <message>
        <location filename="../review.py" line="181"/>
        <source>Flags</source>
        <translation>ምልክቶች</translation>
    </message>
    <message>
        <location filename="../review.py" line="198"/>
        <source>Household &amp;conflicts…</source>
        <translation>የቤተሰብ ግጭቶች… (&amp;C)</translation>
    </message>
    <message>
        <location filename="../review.py" line="231"/>
        <source>Type a date as YYYY-MM-DD, e.g. 2026-11-30.</source>
        <translation>ቀኑን እንደ YYYY-MM-DD ይጻፉ፤ ለምሳሌ 2026-11-30።</translation>
    </message>
    <message>
        <location filename="../review.py" line="244"/>
        <source>{state} (to send)</source>
        <translation>{state} (የሚላክ)</translation>
    </message>
    <message>
        <location filename="../review.py" line="246"/>
        <source>{state} ⚠ not accepted</source>
        <translation>{state} ⚠ አልተቀበለም</translation>
    </message>
    <message numerus="yes">
        <location filename="../review.py" line="263"/>
        <source>%n flag(s) of the quality checks</source>
        <translation>
            <numerusform>ከጥራት ፍተሻዎቹ %n ምልክት</numerusform>
            <numerusform>ከጥራት ፍተሻዎቹ %n ምልክቶች</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../review.py" line="275"/>
        <source>flagged by the checks: {count}</source>
        <translation>በፍተሻዎቹ ምልክት የተደረገባቸው: {count}</translation>
    </message>
    <message>
        <location filename="../review.py" line="280"/>
        <source>Nothing to review here. Submissions of your site come at each sync (F5).</source>
        <translation>እዚህ የሚገመገም የለም። የጣቢያዎ መልሶች በእያንዳንዱ ማመሳሰል (F5) ይመጣሉ።</translation>
    </message>
</context>
<context>
    <name>SecretariatView</name>
    <message>
        <location filename="../secretariat.py" line="129"/>
        <source>Approved</source>
        <translation>የጸደቁ</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="130"/>
        <source>Every state</source>
        <translation>ሁሉም ሁኔታዎች</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="131"/>
        <source>Approved by the site</source>
        <translation>በጣቢያው የጸደቁ</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="132"/>
        <source>Received</source>
        <translation>የደረሱ</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="133"/>
        <source>Corrected</source>
        <translation>የታረሙ</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="134"/>
        <source>Sent back</source>
        <translation>ለእርማት የተመለሱ</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="141"/>
        <source>&amp;Indicators</source>
        <translation>አመልካቾች (&amp;I)</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="142"/>
        <source>D&amp;ata</source>
        <translation>መረጃ (&amp;A)</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="143"/>
        <source>D&amp;uplicates</source>
        <translation>ድግግሞሾች (&amp;U)</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="144"/>
        <source>E&amp;xport</source>
        <translation>ወጪ ፋይል (&amp;X)</translation>
    </message>
</context>
<context>
    <name>SubmissionReview</name>
    <message>
        <location filename="../review.py" line="346"/>
        <source>Form &amp;language</source>
        <translation>የቅጹ ቋንቋ (&amp;L)</translation>
    </message>
    <message>
        <location filename="../review.py" line="360"/>
        <source>Values kept as written on the paper</source>
        <translation>በወረቀቱ እንደተጻፉ የተያዙ ዋጋዎች</translation>
    </message>
    <message>
        <location filename="../review.py" line="368"/>
        <source>Flags of the quality checks</source>
        <translation>የጥራት ፍተሻዎቹ ምልክቶች</translation>
    </message>
    <message>
        <location filename="../review.py" line="372"/>
        <source>Question</source>
        <translation>ጥያቄ</translation>
    </message>
    <message>
        <location filename="../review.py" line="372"/>
        <source>Answer</source>
        <translation>መልስ</translation>
    </message>
    <message>
        <location filename="../review.py" line="372"/>
        <source>Your comment on the answer</source>
        <translation>በመልሱ ላይ የእርስዎ አስተያየት</translation>
    </message>
    <message>
        <location filename="../review.py" line="374"/>
        <source>Answers</source>
        <translation>መልሶች</translation>
    </message>
    <message>
        <location filename="../review.py" line="399"/>
        <source>&amp;Comment on the whole submission</source>
        <translation>በሙሉ መልሱ ላይ አስተያየት (&amp;C)</translation>
    </message>
    <message>
        <location filename="../review.py" line="413"/>
        <source>&amp;Approve</source>
        <translation>አጽድቅ (&amp;A)</translation>
    </message>
    <message>
        <location filename="../review.py" line="414"/>
        <source>Send &amp;back for correction</source>
        <translation>ለእርማት መልስ (&amp;B)</translation>
    </message>
    <message>
        <location filename="../review.py" line="415"/>
        <source>Back to the list (Esc)</source>
        <translation>ወደ ዝርዝሩ ተመለስ (Esc)</translation>
    </message>
    <message>
        <location filename="../review.py" line="485"/>
        <source>Details from the server: {detail}</source>
        <translation>ከአገልጋዩ የመጣ ዝርዝር፦ {detail}</translation>
    </message>
    <message>
        <location filename="../review.py" line="497"/>
        <source>The quality checks flagged this submission. To approve it, say in the comment why it stands:</source>
        <translation>የጥራት ፍተሻዎቹ በዚህ መልስ ላይ ምልክት አድርገዋል። ለማጽደቅ ለምን እንደሚጸና በአስተያየቱ ይግለጹ፦</translation>
    </message>
    <message>
        <location filename="../review.py" line="531"/>
        <source>{form}, version {version}</source>
        <translation>{form}፣ እትም {version}</translation>
    </message>
    <message>
        <location filename="../review.py" line="535"/>
        <source>Enumerator: {name} · Site: {site}</source>
        <translation>ቆጣሪ፦ {name} · ጣቢያ፦ {site}</translation>
    </message>
    <message>
        <location filename="../review.py" line="539"/>
        <source>Received {when} · revision {revision} · {state}</source>
        <translation>የደረሰው {when} · እትም {revision} · {state}</translation>
    </message>
    <message>
        <location filename="../review.py" line="547"/>
        <source>Keyed from paper questionnaire {number} (interviewed {date}) by {clerk}</source>
        <translation>ከወረቀት መጠይቅ {number} (ቃለ መጠይቅ {date}) በ{clerk} የገባ</translation>
    </message>
    <message>
        <location filename="../review.py" line="556"/>
        <source>{count} answers changed since the revision before (marked).</source>
        <translation>ካለፈው እትም ወዲህ {count} መልሶች ተቀይረዋል (ምልክት ተደርጎባቸዋል)።</translation>
    </message>
    <message>
        <location filename="../review.py" line="458"/>
        <source>Default</source>
        <translation>ነባሪ</translation>
    </message>
    <message>
        <location filename="../review.py" line="563"/>
        <source>The server&apos;s checks refused this revision:</source>
        <translation>የአገልጋዩ ፍተሻዎች ይህን እትም አልተቀበሉትም፦</translation>
    </message>
    <message>
        <location filename="../review.py" line="567"/>
        <source>Sent back by {who} on {when}</source>
        <translation>በ{who} የተመለሰ {when}</translation>
    </message>
    <message>
        <location filename="../review.py" line="569"/>
        <source>Approved by {who} on {when}</source>
        <translation>በ{who} የጸደቀ {when}</translation>
    </message>
    <message>
        <location filename="../review.py" line="477"/>
        <source>The server did not accept the last decision made here: {why}</source>
        <translation>አገልጋዩ እዚህ የተሰጠውን የመጨረሻ ውሳኔ አልተቀበለም፦ {why}</translation>
    </message>
    <message>
        <location filename="../review.py" line="578"/>
        <source>The paper&apos;s value stands: {question} = {value}</source>
        <translation>የወረቀቱ ዋጋ ይጸናል፦ {question} = {value}</translation>
    </message>
    <message>
        <location filename="../review.py" line="600"/>
        <source>{question} — kept as on paper: {value}</source>
        <translation>{question} — በወረቀቱ እንዳለ ተይዟል፦ {value}</translation>
    </message>
    <message>
        <location filename="../review.py" line="605"/>
        <source>rule: {rule}</source>
        <translation>ደንብ፦ {rule}</translation>
    </message>
    <message>
        <location filename="../review.py" line="607"/>
        <source>note: {note}</source>
        <translation>ማስታወሻ፦ {note}</translation>
    </message>
    <message>
        <location filename="../review.py" line="610"/>
        <source>confirmed by {who} on {when}</source>
        <translation>በ{who} {when} ተረጋግጧል</translation>
    </message>
    <message>
        <location filename="../review.py" line="615"/>
        <source>not confirmed yet: the indicators leave it out</source>
        <translation>ገና አልተረጋገጠም፦ አመልካቾቹ አያካትቱትም</translation>
    </message>
    <message>
        <location filename="../review.py" line="622"/>
        <source>{answer} — kept as on paper, confirmed</source>
        <translation>{answer} — በወረቀቱ እንዳለ ተይዟል፣ ተረጋግጧል</translation>
    </message>
    <message>
        <location filename="../review.py" line="624"/>
        <source>{answer} — kept as on paper</source>
        <translation>{answer} — በወረቀቱ እንዳለ ተይዟል</translation>
    </message>
    <message>
        <location filename="../review.py" line="632"/>
        <source>The &amp;paper&apos;s value stands: {question} = {value}</source>
        <translation>የወረቀቱ ዋጋ ይጸናል፦ {question} = {value} (&amp;P)</translation>
    </message>
    <message>
        <location filename="../review.py" line="710"/>
        <source>Changed in this revision</source>
        <translation>በዚህ እትም ተቀይሯል</translation>
    </message>
    <message>
        <location filename="../review.py" line="759"/>
        <source>{state}. The decision goes to the server at the next sync.</source>
        <translation>{state}። ውሳኔው በሚቀጥለው ማመሳሰል ወደ አገልጋዩ ይላካል።</translation>
    </message>
</context>
<context>
    <name>SyncLabel</name>
    <message>
        <location filename="../sync_status.py" line="56"/>
        <source>{n} waiting to send</source>
        <translation>{n} ለመላክ በመጠባበቅ ላይ</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="58"/>
        <source>{n} finalized sending while locked</source>
        <translation>{n} የተጠናቀቁ በተቆለፈበት ጊዜ እየተላኩ ነው</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="61"/>
        <source>{n} of other users: sent when they sync</source>
        <translation>{n} የሌሎች ተጠቃሚዎች፦ እነሱ ሲያመሳስሉ ይላካሉ</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="65"/>
        <source>{n} submissions to review received</source>
        <translation>{n} የሚገመገሙ መልሶች ደርሰዋል</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="68"/>
        <source>sending {step} {done}/{total}</source>
        <translation>{step} በመላክ ላይ {done}/{total}</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="73"/>
        <source>syncing…</source>
        <translation>በማመሳሰል ላይ…</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="74"/>
        <source>{kb} kB sent</source>
        <translation>{kb} kB ተልኳል</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="77"/>
        <source>you are not connected to a server yet (Daftari → Connect to a server)</source>
        <translation>ገና ከሰርቨር ጋር አልተገናኙም (Daftari → ከሰርቨር ጋር ተገናኝ)</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="80"/>
        <source>last sync {at}</source>
        <translation>የመጨረሻ ማመሳሰል {at}</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="92"/>
        <source>{n} carried bundle(s) refused: Daftari → Bundles brought from USB sticks</source>
        <translation>{n} የመጡ ጥቅል(ሎች) ተቀባይነት አላገኙም፦ Daftari → ከUSB የመጡ ጥቅሎች</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="104"/>
        <source>{n} sent</source>
        <translation>{n} ተልከዋል</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="105"/>
        <source>{n} sent back by the server&apos;s checks</source>
        <translation>{n} በአገልጋዩ ፍተሻ ተመልሰዋል</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="106"/>
        <source>{n} conflicting</source>
        <translation>{n} የሚጋጩ</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="107"/>
        <source>{n} returned for correction</source>
        <translation>{n} ለእርማት ተመልሰዋል</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="108"/>
        <source>{n} review decisions sent</source>
        <translation>{n} የግምገማ ውሳኔዎች ተልከዋል</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="109"/>
        <source>{n} to review</source>
        <translation>{n} ለግምገማ</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="110"/>
        <source>{n} carried bundle(s) delivered</source>
        <translation>{n} የመጡ ጥቅል(ሎች) ደርሰዋል</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="122"/>
        <location filename="../sync_status.py" line="124"/>
        <source>no connection to the server</source>
        <translation>ከአገልጋዩ ጋር ግንኙነት የለም</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="126"/>
        <source>the server refused this computer&apos;s login: </source>
        <translation>አገልጋዩ የዚህን ኮምፒዩተር መግቢያ አልተቀበለም፦ </translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="127"/>
        <source>sync stopped by an error: </source>
        <translation>ማመሳሰሉ በስህተት ቆመ፦ </translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="135"/>
        <source>submissions</source>
        <translation>የተሞሉ ቅጾች</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="136"/>
        <source>attachments</source>
        <translation>አባሪዎች</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="137"/>
        <source>updates</source>
        <translation>ዝማኔዎች</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="138"/>
        <source>bundles</source>
        <translation>ጥቅሎች</translation>
    </message>
</context>
<context>
    <name>ToVisitView</name>
    <message>
        <location filename="../to_visit.py" line="44"/>
        <source>Household or work</source>
        <translation>ቤተሰብ ወይም ሥራ</translation>
    </message>
    <message>
        <location filename="../to_visit.py" line="44"/>
        <source>Form</source>
        <translation>ቅጽ</translation>
    </message>
    <message>
        <location filename="../to_visit.py" line="44"/>
        <source>Done</source>
        <translation>የተሠራ</translation>
    </message>
    <message>
        <location filename="../to_visit.py" line="44"/>
        <source>Left</source>
        <translation>የቀረ</translation>
    </message>
    <message>
        <location filename="../to_visit.py" line="48"/>
        <source>To visit</source>
        <translation>የሚጎበኙ</translation>
    </message>
    <message>
        <location filename="../to_visit.py" line="61"/>
        <source>&amp;Open the visit (Enter)</source>
        <translation>ጉብኝቱን ክፈት (Enter) (&amp;O)</translation>
    </message>
    <message>
        <location filename="../to_visit.py" line="63"/>
        <source>&amp;History (Ctrl+H)</source>
        <translation>ታሪክ (Ctrl+H) (&amp;H)</translation>
    </message>
    <message>
        <location filename="../to_visit.py" line="65"/>
        <source>&amp;Print sheets…</source>
        <translation>ወረቀቶችን አትም… (&amp;P)</translation>
    </message>
    <message>
        <location filename="../to_visit.py" line="68"/>
        <source>A sheet for each household still to visit with this form, with its QR code: keying the filled sheet starts from the code.</source>
        <translation>በዚህ ቅጽ ገና ለሚጎበኝ ለእያንዳንዱ ቤተሰብ ወረቀት ከQR ኮዱ ጋር፤ የተሞላውን ወረቀት ማስገባት ከኮዱ ይጀምራል።</translation>
    </message>
    <message>
        <location filename="../to_visit.py" line="101"/>
        <source>{title} (begun)</source>
        <translation>{title} (ተጀምሯል)</translation>
    </message>
    <message>
        <location filename="../to_visit.py" line="106"/>
        <source>done</source>
        <translation>ተጠናቋል</translation>
    </message>
    <message>
        <location filename="../to_visit.py" line="118"/>
        <source>{left} left, {households} of them households to follow up</source>
        <translation>{left} ቀርተዋል፣ ከነሱ {households} የሚከታተሉ ቤተሰቦች ናቸው</translation>
    </message>
    <message>
        <location filename="../to_visit.py" line="122"/>
        <source>Nothing assigned to you. Your supervisor assigns work; it comes at sync.</source>
        <translation>ምንም ሥራ አልተሰጠዎትም። ተቆጣጣሪዎ ሥራ ይመድባል፤ በማመሳሰል ጊዜ ይመጣል።</translation>
    </message>
</context>
<context>
    <name>UserForm</name>
    <message>
        <location filename="../users_dialog.py" line="189"/>
        <source>Add a user</source>
        <translation>ተጠቃሚ ጨምር</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="189"/>
        <source>New password for {name}</source>
        <translation>ለ{name} አዲስ የይለፍ ቃል</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="198"/>
        <source>A&amp;dministrator (can add users and reset passwords)</source>
        <translation>አስተዳዳሪ (ተጠቃሚዎችን መጨመርና የይለፍ ቃል እንደገና ማዘጋጀት ይችላል) (&amp;d)</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="204"/>
        <source>&amp;Name:</source>
        <translation>ስም (&amp;N):</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="205"/>
        <source>&amp;Enumerator id:</source>
        <translation>የቆጣሪ መለያ ቁጥር (&amp;E):</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="206"/>
        <source>&amp;Site (city):</source>
        <translation>ቦታ (ከተማ) (&amp;S):</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="207"/>
        <source>&amp;Password:</source>
        <translation>የይለፍ ቃል (&amp;P):</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="208"/>
        <source>&amp;Repeat the password:</source>
        <translation>የይለፍ ቃሉን ይድገሙ (&amp;R):</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="222"/>
        <source>A user needs a name.</source>
        <translation>ተጠቃሚው ስም ያስፈልገዋል።</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="225"/>
        <source>A password needs at least {n} characters.</source>
        <translation>የይለፍ ቃል ቢያንስ {n} ፊደላት ሊኖሩት ይገባል።</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="229"/>
        <source>The two passwords are not the same.</source>
        <translation>ሁለቱ የይለፍ ቃሎች አንድ አይደሉም።</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../users_dialog.py" line="37"/>
        <source>Users of this computer</source>
        <translation>የዚህ ኮምፒውተር ተጠቃሚዎች</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="41"/>
        <source>Name</source>
        <translation>ስም</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="41"/>
        <source>Enumerator id</source>
        <translation>የቆጣሪ መለያ ቁጥር</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="41"/>
        <source>Site</source>
        <translation>ቦታ</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="41"/>
        <source>Role</source>
        <translation>ሚና</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="43"/>
        <source>Users</source>
        <translation>ተጠቃሚዎች</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="52"/>
        <source>&amp;Add a user…</source>
        <translation>ተጠቃሚ ጨምር (&amp;A)…</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="53"/>
        <source>&amp;New password…</source>
        <translation>አዲስ የይለፍ ቃል (&amp;N)…</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="54"/>
        <location filename="../users_dialog.py" line="106"/>
        <source>&amp;Disable</source>
        <translation>አግድ (&amp;D)</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="84"/>
        <source>administrator</source>
        <translation>አስተዳዳሪ</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="84"/>
        <source>enumerator</source>
        <translation>ቆጣሪ</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="85"/>
        <source>disabled</source>
        <translation>የታገደ</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="106"/>
        <source>&amp;Enable</source>
        <translation>እገዳ አንሳ (&amp;E)</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="111"/>
        <source>Working…</source>
        <translation>በሂደት ላይ…</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="138"/>
        <source>{name} was added.</source>
        <translation>{name} ተጨምሯል።</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="157"/>
        <source>{name} has a new password.</source>
        <translation>{name} አዲስ የይለፍ ቃል ተሰጥቶታል።</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="173"/>
        <source>{name} can no longer log in; their submissions stay.</source>
        <translation>{name} ከእንግዲህ መግባት አይችልም፤ የሞላቸው ቅጾች ግን ይቀመጣሉ።</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="175"/>
        <source>{name} can log in again.</source>
        <translation>{name} እንደገና መግባት ይችላል።</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../errors.py" line="28"/>
        <source>Something went wrong. Your saved answers are safe. The details are in the log file; you can copy them for support.</source>
        <translation>የሆነ ችግር ተፈጥሯል። ያስቀመጧቸው መልሶች ደህና ናቸው። ዝርዝሩ በምዝግብ (log) ፋይሉ ውስጥ አለ፤ ለእርዳታ ሰጪዎች ለመላክ መቅዳት ይችላሉ።</translation>
    </message>
    <message>
        <location filename="../errors.py" line="36"/>
        <source>Copy details</source>
        <translation>ዝርዝሩን ቅዳ</translation>
    </message>
</context>
</TS>
