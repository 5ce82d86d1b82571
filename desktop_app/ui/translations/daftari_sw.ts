<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sw">
<context>
    <name>AssignDialog</name>
    <message>
        <location filename="../assign_dialog.py" line="79"/>
        <source>Assign work</source>
        <translation>Gawa kazi</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="100"/>
        <source>Site</source>
        <translation>Kituo</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="102"/>
        <source>Form</source>
        <translation>Fomu</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="109"/>
        <source>&amp;Households to follow up</source>
        <translation>Ka&amp;ya za kufuatilia</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="110"/>
        <source>&amp;New registrations</source>
        <translation>&amp;Usajili mpya</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="123"/>
        <source>A name, a zone, a number…</source>
        <translation>Jina, eneo, namba…</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="125"/>
        <source>Search the households</source>
        <translation>Tafuta kaya</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="135"/>
        <source>Households</source>
        <translation>Kaya</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="141"/>
        <source>&amp;Tick all shown</source>
        <translation>&amp;Weka alama kwa zote zinazoonyeshwa</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="145"/>
        <source>&amp;Untick all</source>
        <translation>&amp;Ondoa alama zote</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="147"/>
        <source>&amp;Search:</source>
        <translation>&amp;Tafuta:</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="167"/>
        <source>How many registrations</source>
        <translation>Idadi ya usajili</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="170"/>
        <source>Zone</source>
        <translation>Eneo</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="171"/>
        <source>Where: a zone, a block, a village</source>
        <translation>Wapi: eneo, mtaa, kijiji</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="175"/>
        <source>Nu&amp;mber:</source>
        <translation>&amp;Idadi:</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="176"/>
        <source>&amp;Zone:</source>
        <translation>&amp;Eneo:</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="182"/>
        <source>Enumerator or clerk</source>
        <translation>Mdadisi au karani</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="186"/>
        <source>What happened</source>
        <translation>Kilichotokea</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="191"/>
        <source>&amp;Assign</source>
        <translation>&amp;Gawa</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="197"/>
        <source>S&amp;ite:</source>
        <translation>&amp;Kituo:</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="200"/>
        <source>&amp;Form:</source>
        <translation>&amp;Fomu:</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="208"/>
        <source>&amp;Enumerator or clerk:</source>
        <translation>&amp;Mdadisi au karani:</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="254"/>
        <source>Work at {site}</source>
        <translation>Kazi katika {site}</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="260"/>
        <source>Name the site first</source>
        <translation>Taja kituo kwanza</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="262"/>
        <source>Reading who works at the site…</source>
        <translation>Inasoma wanaofanya kazi katika kituo…</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="270"/>
        <source>Nobody at this site can be given work</source>
        <translation>Hakuna mtu katika kituo hiki anayeweza kupewa kazi</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="287"/>
        <source>No form is installed on this computer.</source>
        <translation>Hakuna fomu iliyosakinishwa kwenye kompyuta hii.</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="289"/>
        <source>Reading the households of this form&apos;s list…</source>
        <translation>Inasoma kaya za orodha ya fomu hii…</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="318"/>
        <source>This form follows up no list: it can only be given as new registrations.</source>
        <translation>Fomu hii haifuatilii orodha yoyote: inaweza kutolewa kama usajili mpya tu.</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="324"/>
        <source>This form follows up the list {list}, which the sites&apos; computers hold, not this one: give its households from a site supervisor&apos;s computer.</source>
        <translation>Fomu hii inafuatilia orodha {list}, ambayo iko kwenye kompyuta za vituo, si kwenye hii: toa kaya zake kutoka kwenye kompyuta ya msimamizi wa kituo.</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="331"/>
        <source>This form follows up the list {list}, and this computer holds none of its households yet: they come with each sync.</source>
        <translation>Fomu hii inafuatilia orodha {list}, na kompyuta hii bado haina kaya zake zozote: zinakuja kila usawazishaji.</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="337"/>
        <source>This form follows up the list {list}: {n} households here.</source>
        <translation>Fomu hii inafuatilia orodha {list}: kaya {n} ziko hapa.</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="353"/>
        <source>{shown} of {every} shown · {ticked} ticked</source>
        <translation>{shown} kati ya {every} zinaonyeshwa · {ticked} zimewekwa alama</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="369"/>
        <source>Choose a form.</source>
        <translation>Chagua fomu.</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="372"/>
        <source>Choose who does the work.</source>
        <translation>Chagua atakayefanya kazi.</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="379"/>
        <source>Tick the households to give (Space ticks the one you are on).</source>
        <translation>Weka alama kwenye kaya za kutoa (Space huweka alama kwenye ile uliyopo).</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="385"/>
        <source>At most {n} households at once.</source>
        <translation>Si zaidi ya kaya {n} kwa wakati mmoja.</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="414"/>
        <source>Sending to the server…</source>
        <translation>Inatuma kwa seva…</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="434"/>
        <source>The server assigned nothing: it refused {n} of the households ticked.</source>
        <translation>Seva haikugawa chochote: ilikataa kaya {n} kati ya zilizowekwa alama.</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="440"/>
        <source>• {household}: {why}</source>
        <translation>• {household}: {why}</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="441"/>
        <source>Untick them (in red in the list), then Assign again.</source>
        <translation>Ondoa alama zao (zile nyekundu kwenye orodha), kisha Gawa tena.</translation>
    </message>
</context>
<context>
    <name>Assignments</name>
    <message>
        <location filename="../reassign_dialog.py" line="64"/>
        <source>The server said: {words}</source>
        <translation>Seva ilisema: {words}</translation>
    </message>
    <message>
        <location filename="../reassign_dialog.py" line="72"/>
        <source>enumerator</source>
        <translation>mdadisi</translation>
    </message>
    <message>
        <location filename="../reassign_dialog.py" line="73"/>
        <source>clerk</source>
        <translation>karani</translation>
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
        <translation>Ugawaji wa kazi</translation>
    </message>
    <message>
        <location filename="../assignments_view.py" line="103"/>
        <source>What happened</source>
        <translation>Kilichotokea</translation>
    </message>
    <message>
        <location filename="../assignments_view.py" line="108"/>
        <source>Progress by enumerator</source>
        <translation>Maendeleo kwa kila mdadisi</translation>
    </message>
    <message>
        <location filename="../assignments_view.py" line="111"/>
        <source>&amp;Progress by enumerator</source>
        <translation>Ma&amp;endeleo kwa kila mdadisi</translation>
    </message>
    <message>
        <location filename="../assignments_view.py" line="116"/>
        <source>Open assignments</source>
        <translation>Kazi zinazoendelea</translation>
    </message>
    <message>
        <location filename="../assignments_view.py" line="119"/>
        <source>&amp;Open assignments</source>
        <translation>Kazi &amp;zinazoendelea</translation>
    </message>
    <message>
        <location filename="../assignments_view.py" line="122"/>
        <source>Whose assignments</source>
        <translation>Kazi za nani</translation>
    </message>
    <message>
        <location filename="../assignments_view.py" line="123"/>
        <source>Everyone</source>
        <translation>Wote</translation>
    </message>
    <message>
        <location filename="../assignments_view.py" line="125"/>
        <source>&amp;Enumerator:</source>
        <translation>Mdad&amp;isi:</translation>
    </message>
    <message>
        <location filename="../assignments_view.py" line="129"/>
        <source>A household, a zone…</source>
        <translation>Kaya, eneo…</translation>
    </message>
    <message>
        <location filename="../assignments_view.py" line="130"/>
        <source>Search the titles</source>
        <translation>Tafuta kwenye majina</translation>
    </message>
    <message>
        <location filename="../assignments_view.py" line="133"/>
        <source>&amp;Search:</source>
        <translation>&amp;Tafuta:</translation>
    </message>
    <message>
        <location filename="../assignments_view.py" line="138"/>
        <source>&amp;Assign…</source>
        <translation>&amp;Gawa kazi…</translation>
    </message>
    <message>
        <location filename="../assignments_view.py" line="140"/>
        <source>&amp;Reassign…</source>
        <translation>&amp;Hamisha kazi…</translation>
    </message>
    <message>
        <location filename="../assignments_view.py" line="142"/>
        <source>&amp;Cancel assignment…</source>
        <translation>Gh&amp;airi kazi…</translation>
    </message>
    <message>
        <location filename="../assignments_view.py" line="144"/>
        <source>Read a&amp;gain (F5)</source>
        <translation>Soma te&amp;na (F5)</translation>
    </message>
    <message>
        <location filename="../assignments_view.py" line="202"/>
        <source>Assignments are kept on the server: this screen needs this computer connected to it (Daftari → Connect to a server).</source>
        <translation>Kazi zilizogawiwa huhifadhiwa kwenye seva: skrini hii inahitaji kompyuta hii iwe imeunganishwa nayo (Daftari → Unganisha na seva).</translation>
    </message>
    <message>
        <location filename="../assignments_view.py" line="240"/>
        <source>Reading the assignments from the server…</source>
        <translation>Inasoma kazi kutoka kwenye seva…</translation>
    </message>
    <message>
        <location filename="../assignments_view.py" line="284"/>
        <source>Assignments are read from the server and changed there: this screen needs a connection. {why}</source>
        <translation>Kazi husomwa kutoka kwenye seva na kubadilishwa huko: skrini hii inahitaji muunganisho. {why}</translation>
    </message>
    <message>
        <location filename="../assignments_view.py" line="298"/>
        <source>No connection to the server: check the network, then Read again (F5).</source>
        <translation>Hakuna muunganisho na seva: angalia mtandao, kisha Soma tena (F5).</translation>
    </message>
    <message>
        <location filename="../assignments_view.py" line="303"/>
        <source>every site</source>
        <translation>vituo vyote</translation>
    </message>
    <message>
        <location filename="../assignments_view.py" line="308"/>
        <source>{where} · {n} open</source>
        <translation>{where} · {n} zinaendelea</translation>
    </message>
    <message>
        <location filename="../assignments_view.py" line="342"/>
        <source>{shown} of {every} open assignments shown</source>
        <translation>Kazi {shown} kati ya {every} zinazoendelea zinaonyeshwa</translation>
    </message>
    <message>
        <location filename="../assignments_view.py" line="344"/>
        <source>No open assignment.</source>
        <translation>Hakuna kazi inayoendelea.</translation>
    </message>
    <message>
        <location filename="../assignments_view.py" line="398"/>
        <source>{n} assignment(s) given to {names}.</source>
        <translation>Kazi {n} zimepewa {names}.</translation>
    </message>
    <message>
        <location filename="../assignments_view.py" line="411"/>
        <source>Choose assignments of one site to reassign together.</source>
        <translation>Chagua kazi za kituo kimoja ili kuzihamisha pamoja.</translation>
    </message>
    <message>
        <location filename="../assignments_view.py" line="425"/>
        <source>{n} assignment(s) given to {name}.</source>
        <translation>Kazi {n} zimepewa {name}.</translation>
    </message>
    <message>
        <location filename="../assignments_view.py" line="438"/>
        <source>{title} — {enumerator}</source>
        <translation>{title} — {enumerator}</translation>
    </message>
    <message>
        <location filename="../assignments_view.py" line="444"/>
        <source>and {n} more</source>
        <translation>na {n} zaidi</translation>
    </message>
    <message>
        <location filename="../assignments_view.py" line="447"/>
        <source>Cancel assignments?</source>
        <translation>Ghairi kazi?</translation>
    </message>
    <message>
        <location filename="../assignments_view.py" line="449"/>
        <source>Cancel {n} assignment(s)? They leave the enumerators&apos; computers at their next sync; what was done for them stays.</source>
        <translation>Ghairi kazi {n}? Zitaondoka kwenye kompyuta za wadadisi katika usawazishaji wao ujao; kilichokwisha kufanywa kwa ajili yake kinabaki.</translation>
    </message>
    <message>
        <location filename="../assignments_view.py" line="458"/>
        <source>&amp;Yes, cancel them</source>
        <translation>&amp;Ndiyo, zighairi</translation>
    </message>
    <message>
        <location filename="../assignments_view.py" line="459"/>
        <source>&amp;No</source>
        <translation>&amp;Hapana</translation>
    </message>
    <message>
        <location filename="../assignments_view.py" line="476"/>
        <source>Sending to the server…</source>
        <translation>Inatuma kwa seva…</translation>
    </message>
    <message>
        <location filename="../assignments_view.py" line="482"/>
        <source>{n} assignment(s) cancelled.</source>
        <translation>Kazi {n} zimeghairiwa.</translation>
    </message>
</context>
<context>
    <name>BatchesView</name>
    <message>
        <location filename="../batches_view.py" line="78"/>
        <source>Batches of paper questionnaires</source>
        <translation>Makundi ya hojaji za karatasi</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="82"/>
        <source>Batch</source>
        <translation>Kundi</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="83"/>
        <source>Form</source>
        <translation>Fomu</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="84"/>
        <source>Expected</source>
        <translation>Zinazotarajiwa</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="85"/>
        <source>Keyed</source>
        <translation>Zilizoingizwa</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="86"/>
        <source>Verified</source>
        <translation>Zilizohakikiwa</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="87"/>
        <source>Differences open</source>
        <translation>Tofauti zilizo wazi</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="88"/>
        <source>Missing numbers</source>
        <translation>Namba zinazokosekana</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="89"/>
        <source>Released</source>
        <translation>Imeachiliwa</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="103"/>
        <source>&amp;New batch…</source>
        <translation>Kundi &amp;jipya…</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="105"/>
        <source>D&amp;ifferences</source>
        <translation>&amp;Tofauti</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="107"/>
        <source>&amp;Release</source>
        <translation>Ac&amp;hilia</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="109"/>
        <source>R&amp;eport</source>
        <translation>&amp;Ripoti</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="111"/>
        <source>&amp;Print questionnaires…</source>
        <translation>&amp;Chapisha madodoso…</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="174"/>
        <location filename="../batches_view.py" line="473"/>
        <source>No batch yet: Alt+N registers one.</source>
        <translation>Hakuna kundi bado: Alt+J husajili moja.</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="179"/>
        <source>Missing numbers: {numbers}</source>
        <translation>Namba zinazokosekana: {numbers}</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="182"/>
        <source>Keyed twice: {numbers}</source>
        <translation>Zilizoingizwa mara mbili: {numbers}</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="185"/>
        <source>Outside the range: {numbers}</source>
        <translation>Nje ya masafa: {numbers}</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="189"/>
        <source>Waiting for their second keying: {numbers}</source>
        <translation>Zinasubiri kuingizwa mara ya pili: {numbers}</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="193"/>
        <source>Nothing missing.</source>
        <translation>Hakuna kinachokosekana.</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="225"/>
        <source>&amp;Form</source>
        <translation>&amp;Fomu</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="226"/>
        <source>&amp;Batch (as written on the box)</source>
        <translation>&amp;Kundi (kama lilivyoandikwa kwenye sanduku)</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="227"/>
        <source>E&amp;xpected questionnaires</source>
        <translation>Hojaji &amp;zinazotarajiwa</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="228"/>
        <source>First n&amp;umber</source>
        <translation>Namba ya kwa&amp;nza</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="229"/>
        <source>&amp;Last number</source>
        <translation>Namba ya mwish&amp;o</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="230"/>
        <source>&amp;Share keyed twice</source>
        <translation>Sehemu inayo&amp;ingizwa mara mbili</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="247"/>
        <source>Re&amp;gister</source>
        <translation>&amp;Sajili</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="249"/>
        <location filename="../batches_view.py" line="362"/>
        <source>Back (Esc)</source>
        <translation>Rudi (Esc)</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="290"/>
        <source>No paper will be keyed a second time.</source>
        <translation>Hakuna karatasi itakayoingizwa mara ya pili.</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="292"/>
        <source>{share} % of the papers will be keyed a second time.</source>
        <translation>{share} % ya karatasi zitaingizwa mara ya pili.</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="296"/>
        <source>{n} of {count} papers will be keyed a second time.</source>
        <translation>Karatasi {n} kati ya {count} zitaingizwa mara ya pili.</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="300"/>
        <source>About {n} of {count} papers will be keyed a second time.</source>
        <translation>Karibu karatasi {n} kati ya {count} zitaingizwa mara ya pili.</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="308"/>
        <source>The numbers of a range are whole numbers.</source>
        <translation>Namba za masafa ni namba kamili.</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="323"/>
        <source>Batch {name} registered.</source>
        <translation>Kundi {name} limesajiliwa.</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="337"/>
        <source>Questionnaire</source>
        <translation>Hojaji</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="338"/>
        <source>Question</source>
        <translation>Swali</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="339"/>
        <source>1: first keying</source>
        <translation>1: uingizaji wa kwanza</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="340"/>
        <source>2: second keying</source>
        <translation>2: uingizaji wa pili</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="341"/>
        <source>Resolved as</source>
        <translation>Imetatuliwa kama</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="352"/>
        <source>Resolve &amp;as (1, 2 or the value on the paper):</source>
        <translation>T&amp;atua kama (1, 2 au thamani iliyo kwenye karatasi):</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="375"/>
        <source>Batch {name}: answers the two keyings disagree on</source>
        <translation>Kundi {name}: majibu ambayo uingizaji wa mara mbili unatofautiana</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="396"/>
        <source>1: the first keying</source>
        <translation>1: uingizaji wa kwanza</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="397"/>
        <source>2: the second keying</source>
        <translation>2: uingizaji wa pili</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="398"/>
        <source>the value on the paper</source>
        <translation>thamani iliyo kwenye karatasi</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="410"/>
        <source>Every difference is resolved.</source>
        <translation>Tofauti zote zimetatuliwa.</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="415"/>
        <source>Interview date</source>
        <translation>Tarehe ya mahojiano</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="416"/>
        <source>Enumerator on the paper</source>
        <translation>Mdadisi kwenye karatasi</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="434"/>
        <source>“{typed}” is not an answer this question takes.</source>
        <translation>“{typed}” si jibu ambalo swali hili linakubali.</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="458"/>
        <source>Not finalized (an answer missing): {numbers}</source>
        <translation>Hazijakamilishwa (jibu linakosekana): {numbers}</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="463"/>
        <source>Batch {name} released: it goes to the server at the next sync.</source>
        <translation>Kundi {name} limeachiliwa: litaenda kwa seva katika usawazishaji ujao.</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="477"/>
        <source>Print questionnaires</source>
        <translation>Chapisha hojaji</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="509"/>
        <source>{n} questionnaire(s) printed to {file}.</source>
        <translation>Hojaji {n} zimechapishwa kwenye {file}.</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="521"/>
        <source>Disagreement by clerk (answers not kept / answers keyed):</source>
        <translation>Tofauti kwa karani (majibu yasiyobakizwa / majibu yaliyoingizwa):</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="525"/>
        <source>Disagreement by question (differences / papers compared):</source>
        <translation>Tofauti kwa swali (tofauti / karatasi zilizolinganishwa):</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="540"/>
        <source>Q{number} {label}</source>
        <translation>S{number} {label}</translation>
    </message>
</context>
<context>
    <name>CarriedBundles</name>
    <message>
        <location filename="../sync_status.py" line="207"/>
        <source>Refused by the server: {why}</source>
        <translation>Imekataliwa na seva: {why}</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="211"/>
        <source>Delivered on {when}: {counts}</source>
        <translation>Imefikishwa {when}: {counts}</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="214"/>
        <source>Waiting for the next sync.</source>
        <translation>Inasubiri usawazishaji unaofuata.</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="221"/>
        <source>{n} stored</source>
        <translation>{n} zimehifadhiwa</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="222"/>
        <source>{n} already there</source>
        <translation>{n} zilikuwepo tayari</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="223"/>
        <source>{n} sent back by the server&apos;s checks</source>
        <translation>{n} zimerudishwa na ukaguzi wa seva</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="226"/>
        <source>{n} conflicting</source>
        <translation>{n} zinagongana</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="232"/>
        <source>no submissions in it</source>
        <translation>hakuna mawasilisho ndani yake</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="254"/>
        <source>the server does not know the device that wrote it (a device of another server, or one signed out since). Nothing of it was imported.</source>
        <translation>seva haiijui kifaa kilichoiandika (kifaa cha seva nyingine, au kilichotolewa tangu hapo). Hakuna kitu chake kilichoingizwa.</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="259"/>
        <source>it is damaged, or was changed since it was written. Nothing of it was imported: write it again from the enumerator&apos;s computer.</source>
        <translation>imeharibika, au ilibadilishwa tangu ilipoandikwa. Hakuna kitu chake kilichoingizwa: iandike tena kutoka kwenye kompyuta ya mdadisi.</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="264"/>
        <source>it is not a Daftari bundle, or it was cut short.</source>
        <translation>si kifurushi cha Daftari, au kilikatika.</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="267"/>
        <source>it was written by another version of Daftari than the server reads. Nothing of it was imported.</source>
        <translation>iliandikwa na toleo jingine la Daftari kuliko lile ambalo seva husoma. Hakuna kitu chake kilichoingizwa.</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="272"/>
        <source>it holds more than one bundle may. Nothing of it was imported: write the submissions in several bundles.</source>
        <translation>kina zaidi ya kinachoruhusiwa kwa kifurushi kimoja. Hakuna kitu chake kilichoingizwa: andika mawasilisho katika vifurushi kadhaa.</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="277"/>
        <source>its content cannot be read. Nothing of it was imported.</source>
        <translation>maudhui yake hayawezi kusomwa. Hakuna kitu chake kilichoingizwa.</translation>
    </message>
</context>
<context>
    <name>CarriedBundlesDialog</name>
    <message>
        <location filename="../sync_status.py" line="149"/>
        <location filename="../sync_status.py" line="174"/>
        <source>Bundles brought from USB sticks</source>
        <translation>Vifurushi vilivyoletwa kutoka kwenye USB</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="154"/>
        <source>Each bundle stays sealed on this computer until a sync delivers it; the server then says what became of it.</source>
        <translation>Kila kifurushi hubaki kimefungwa kwenye kompyuta hii hadi usawazishaji ukifikishe; kisha seva husema kilichotokea.</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="158"/>
        <source>No bundle has been brought to this computer (Daftari → Bring a bundle…).</source>
        <translation>Hakuna kifurushi kilicholetwa kwenye kompyuta hii (Daftari → Leta kifurushi…).</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="164"/>
        <source>File</source>
        <translation>Faili</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="164"/>
        <source>Brought</source>
        <translation>Ililetwa</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="164"/>
        <source>By</source>
        <translation>Na</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="164"/>
        <source>What became of it</source>
        <translation>Kilichotokea</translation>
    </message>
</context>
<context>
    <name>DataTab</name>
    <message>
        <location filename="../secretariat.py" line="640"/>
        <source>every site</source>
        <translation>vituo vyote</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="641"/>
        <source>&amp;Show</source>
        <translation>O&amp;nyesha</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="643"/>
        <source>← &amp;Previous page</source>
        <translation>← Ukurasa &amp;uliopita</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="645"/>
        <source>&amp;Next page →</source>
        <translation>Ukurasa u&amp;fuatao →</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="648"/>
        <source>Private &amp;key…</source>
        <translation>Ufunguo wa &amp;siri…</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="656"/>
        <source>The merged data</source>
        <translation>Data iliyounganishwa</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="660"/>
        <source>F&amp;orm</source>
        <translation>F&amp;omu</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="661"/>
        <source>S&amp;tate</source>
        <translation>Ha&amp;li</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="662"/>
        <source>Sit&amp;e</source>
        <translation>Ki&amp;tuo</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="608"/>
        <source>Site</source>
        <translation>Kituo</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="609"/>
        <source>Enumerator</source>
        <translation>Mdadisi</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="610"/>
        <source>Form version</source>
        <translation>Toleo la fomu</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="611"/>
        <source>Revision</source>
        <translation>Toleo</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="612"/>
        <source>State</source>
        <translation>Hali</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="614"/>
        <source>Submitted</source>
        <translation>Yalitumwa</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="615"/>
        <source>Changed</source>
        <translation>Yalibadilishwa</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="616"/>
        <source>Opened on the device</source>
        <translation>Ilifunguliwa kwenye kifaa</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="618"/>
        <source>Questionnaire no.</source>
        <translation>Na. ya hojaji</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="619"/>
        <source>Interview date</source>
        <translation>Tarehe ya mahojiano</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="620"/>
        <source>Enumerator on the paper</source>
        <translation>Mhojaji aliyeandikwa kwenye karatasi</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="621"/>
        <source>Batch</source>
        <translation>Kundi</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="622"/>
        <source>Keyed by</source>
        <translation>Imeingizwa na</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="623"/>
        <source>Keyed at</source>
        <translation>Imeingizwa tarehe</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="625"/>
        <source>Duplicate of</source>
        <translation>Nakala ya</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="744"/>
        <source>Rows {first}–{last}</source>
        <translation>Safu {first}–{last}</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="746"/>
        <source>No rows.</source>
        <translation>Hakuna safu.</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="758"/>
        <location filename="../secretariat.py" line="801"/>
        <location filename="../secretariat.py" line="813"/>
        <source>The form&apos;s private key</source>
        <translation>Ufunguo wa siri wa fomu</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="760"/>
        <source>Private keys (*.pem);;All files (*)</source>
        <translation>Funguo za siri (*.pem);;Faili zote (*)</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="806"/>
        <source>OK</source>
        <translation>Sawa</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="807"/>
        <source>Cancel</source>
        <translation>Ghairi</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="791"/>
        <source>The private key is held for this session only: encrypted submissions are opened on this computer, never on the server.</source>
        <translation>Ufunguo wa siri unashikiliwa kwa kikao hiki tu: majibu yaliyosimbwa yanafunguliwa kwenye kompyuta hii, kamwe si kwenye seva.</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="787"/>
        <source>Private key: {name} (this session only)</source>
        <translation>Ufunguo wa siri: {name} (kwa kikao hiki tu)</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="803"/>
        <source>Passphrase of the key {name}:</source>
        <translation>Kaulisiri ya ufunguo {name}:</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="832"/>
        <source>{n} submission(s) on this page are encrypted: their answers can be read only with the form&apos;s private key (Private key…), on this computer.</source>
        <translation>Majibu {n} kwenye ukurasa huu yamesimbwa: majibu yake yanasomeka kwa ufunguo wa siri wa fomu tu (Ufunguo wa siri…), kwenye kompyuta hii.</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="838"/>
        <source>Opening {n} encrypted submission(s)…</source>
        <translation>Inafungua majibu {n} yaliyosimbwa…</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="870"/>
        <source>Opened on this computer with the private key</source>
        <translation>Imefunguliwa kwenye kompyuta hii kwa ufunguo wa siri</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="891"/>
        <source>{n} encrypted submission(s) opened on this computer.</source>
        <translation>Majibu {n} yaliyosimbwa yamefunguliwa kwenye kompyuta hii.</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="894"/>
        <source>{n} could not be opened with this key (another form&apos;s key, or changed since they were made): their reason is on their uuid.</source>
        <translation>{n} hayakuweza kufunguliwa kwa ufunguo huu (ufunguo wa fomu nyingine, au yamebadilishwa tangu yalipotengenezwa): sababu iko kwenye uuid yake.</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../dialogs.py" line="34"/>
        <source>OK</source>
        <translation>Sawa</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="35"/>
        <location filename="../dialogs.py" line="142"/>
        <source>Cancel</source>
        <translation>Ghairi</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="36"/>
        <source>Close</source>
        <translation>Funga</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="37"/>
        <source>&amp;Yes</source>
        <translation>&amp;Ndiyo</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="38"/>
        <source>&amp;No</source>
        <translation>&amp;Hapana</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="39"/>
        <source>Discard</source>
        <translation>Futa</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="134"/>
        <source>Look in:</source>
        <translation>Tafuta ndani ya:</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="135"/>
        <source>File name:</source>
        <translation>Jina la faili:</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="136"/>
        <source>Files of type:</source>
        <translation>Aina ya faili:</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="138"/>
        <source>&amp;Save</source>
        <translation>&amp;Hifadhi</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="140"/>
        <source>&amp;Open</source>
        <translation>&amp;Fungua</translation>
    </message>
</context>
<context>
    <name>DuplicatesTab</name>
    <message>
        <location filename="../secretariat.py" line="978"/>
        <source>&amp;Find</source>
        <translation>&amp;Tafuta</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="982"/>
        <source>Probable duplicates</source>
        <translation>Nakala zinazowezekana</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="988"/>
        <source>Question</source>
        <translation>Swali</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="988"/>
        <source>First submission</source>
        <translation>Uwasilishaji wa kwanza</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="988"/>
        <source>Second submission</source>
        <translation>Uwasilishaji wa pili</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="990"/>
        <source>The two submissions side by side</source>
        <translation>Uwasilishaji huo miwili kando kwa kando</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="995"/>
        <source>The two households, answer by answer</source>
        <translation>Kaya hizo mbili, jibu kwa jibu</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="996"/>
        <location filename="../secretariat.py" line="1137"/>
        <source>Choose a pair to see its two submissions side by side.</source>
        <translation>Chagua jozi kuona uwasilishaji wake miwili kando kwa kando.</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="998"/>
        <source>Only the differin&amp;g answers</source>
        <translation>Majibu yanayotofautiana tu (&amp;g)</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1003"/>
        <source>Keep &amp;both (two households)</source>
        <translation>Weka &amp;yote mawili (kaya mbili)</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1004"/>
        <source>The &amp;same household</source>
        <translation>Kaya ile ile mo&amp;ja</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1005"/>
        <source>Keep the fi&amp;rst</source>
        <translation>Weka la k&amp;wanza</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1006"/>
        <source>Keep the s&amp;econd</source>
        <translation>Weka la p&amp;ili</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1016"/>
        <source>Show decided &amp;pairs too</source>
        <translation>Onyesha jozi zilizoamuliwa &amp;pia</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1018"/>
        <source>U&amp;ndo the verdict</source>
        <translation>Te&amp;ngua uamuzi</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1023"/>
        <source>Key fields, separated by commas: &apos;:name&apos; matches names loosely, &apos;:phone&apos; phone numbers. Nothing is ever deleted: a verdict marks the pair, and the copy not kept is left out of the indicators and exports until the verdict is undone.</source>
        <translation>Sehemu muhimu, zikitenganishwa kwa koma: &apos;:name&apos; hulinganisha majina kwa ulegevu, &apos;:phone&apos; namba za simu. Hakuna kinachofutwa kamwe: uamuzi huweka alama kwenye jozi, na nakala isiyohifadhiwa huachwa nje ya viashiria na uhamishaji hadi uamuzi utenguliwe.</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1047"/>
        <source>F&amp;orm</source>
        <translation>F&amp;omu</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1048"/>
        <source>&amp;Keys</source>
        <translation>&amp;Funguo</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1055"/>
        <source>No&amp;te (optional)</source>
        <translation>Maelezo (si lazima) (&amp;z)</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1078"/>
        <source>Both kept (two households)</source>
        <translation>Zote zimehifadhiwa (kaya mbili)</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1079"/>
        <location filename="../secretariat.py" line="1264"/>
        <source>The same household</source>
        <translation>Kaya ile ile moja</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1080"/>
        <source>The first kept</source>
        <translation>Ya kwanza imehifadhiwa</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1081"/>
        <source>The second kept</source>
        <translation>Ya pili imehifadhiwa</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1083"/>
        <source>Site</source>
        <translation>Kituo</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1083"/>
        <source>Likeness</source>
        <translation>Ufanano</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1083"/>
        <source>Verdict</source>
        <translation>Uamuzi</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1113"/>
        <source>{n} probable pairs to look at.</source>
        <translation>Jozi {n} zinazowezekana za kuangalia.</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1149"/>
        <source>Reading the two submissions from the server…</source>
        <translation>Inasoma uwasilishaji huo miwili kutoka seva…</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1167"/>
        <source>The two submissions could not be read: {why}</source>
        <translation>Uwasilishaji huo miwili haukuweza kusomwa: {why}</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1206"/>
        <source>The two answers differ</source>
        <translation>Majibu hayo mawili yanatofautiana</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1225"/>
        <source>Not found among the submissions this server lets you read: {uuids}.</source>
        <translation>Haikupatikana kati ya uwasilishaji ambao seva hii inakuruhusu kusoma: {uuids}.</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1228"/>
        <source>{n} of {total} answers differ.</source>
        <translation>Majibu {n} kati ya {total} yanatofautiana.</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1249"/>
        <source>collected by {name}</source>
        <translation>ilikusanywa na {name}</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1263"/>
        <source>Keep both (two households)</source>
        <translation>Weka zote mbili (kaya mbili)</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1265"/>
        <source>Keep the first</source>
        <translation>Weka la kwanza</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1266"/>
        <source>Keep the second</source>
        <translation>Weka la pili</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1267"/>
        <source>Undo the verdict</source>
        <translation>Tengua uamuzi</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1270"/>
        <source>First: {household}</source>
        <translation>Ya kwanza: {household}</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1271"/>
        <source>Second: {household}</source>
        <translation>Ya pili: {household}</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1274"/>
        <source>Note: {note}</source>
        <translation>Maelezo: {note}</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1277"/>
        <source>Record the verdict?</source>
        <translation>Hifadhi uamuzi?</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1278"/>
        <source>Record the verdict “{verdict}” on these two submissions?</source>
        <translation>Hifadhi uamuzi “{verdict}” kwa uwasilishaji huu miwili?</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1287"/>
        <source>&amp;Yes, record it</source>
        <translation>&amp;Ndiyo, hifadhi</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1288"/>
        <source>&amp;No</source>
        <translation>&amp;Hapana</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1315"/>
        <source>The verdict is undone: both submissions count again.</source>
        <translation>Uamuzi umetenguliwa: mawasilisho yote mawili yanahesabiwa tena.</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1317"/>
        <source>Kept, with who decided and when.</source>
        <translation>Imehifadhiwa, pamoja na aliyeamua na lini.</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <location filename="../enrol_dialog.py" line="36"/>
        <source>Connect to a server</source>
        <translation>Unganisha na seva</translation>
    </message>
    <message>
        <location filename="../enrol_dialog.py" line="53"/>
        <source>Over the internet the address starts with {secure} (the connection is encrypted). A server in your own office is often reached with {plain} and its local address, e.g. {example}.</source>
        <translation>Kupitia intaneti, anwani huanza na {secure} (muunganisho umesimbwa kwa njia fiche). Seva iliyo ndani ya ofisi yenu mara nyingi hufikiwa kwa {plain} na anwani yake ya ndani, kwa mfano {example}.</translation>
    </message>
    <message>
        <location filename="../enrol_dialog.py" line="61"/>
        <source>⚠ With {plain} your password and the answers cross the network unencrypted: use it only on the office&apos;s own network, never over the internet.</source>
        <translation>⚠ Ukitumia {plain}, nenosiri lako na majibu hupita kwenye mtandao bila kusimbwa: itumie tu kwenye mtandao wa ofisi yenyewe, kamwe si kupitia intaneti.</translation>
    </message>
    <message>
        <location filename="../enrol_dialog.py" line="71"/>
        <source>&amp;Server address:</source>
        <translation>&amp;Anwani ya seva:</translation>
    </message>
    <message>
        <location filename="../enrol_dialog.py" line="74"/>
        <source>Send over plain http anyway (I know the risk)</source>
        <translation>Tuma kwa http ya kawaida hata hivyo (najua hatari)</translation>
    </message>
    <message>
        <location filename="../enrol_dialog.py" line="77"/>
        <source>&amp;Account:</source>
        <translation>&amp;Akaunti:</translation>
    </message>
    <message>
        <location filename="../enrol_dialog.py" line="78"/>
        <source>&amp;Password:</source>
        <translation>&amp;Nenosiri:</translation>
    </message>
    <message>
        <location filename="../enrol_dialog.py" line="110"/>
        <source>Connecting…</source>
        <translation>Inaunganisha…</translation>
    </message>
</context>
<context>
    <name>EntityConflictsWindow</name>
    <message>
        <location filename="../entity_conflicts.py" line="68"/>
        <source>Household conflicts</source>
        <translation>Migongano ya kaya</translation>
    </message>
    <message>
        <location filename="../entity_conflicts.py" line="84"/>
        <source>Households two computers updated differently</source>
        <translation>Kaya ambazo kompyuta mbili zilizisasisha kwa njia tofauti</translation>
    </message>
    <message>
        <location filename="../entity_conflicts.py" line="92"/>
        <source>Two computers updated the same household (or another entry of a list) from the same version, with no connection. Choose the value to keep for each property, then Resolve: the values chosen become its next version on the server, for every computer of the site.</source>
        <translation>Kompyuta mbili zilisasisha kaya ileile (au kipengele kingine cha orodha) kuanzia toleo lilelile, bila muunganisho. Chagua thamani ya kubaki kwa kila sifa, kisha Tatua: thamani zilizochaguliwa zinakuwa toleo lake linalofuata kwenye seva, kwa kila kompyuta ya kituo.</translation>
    </message>
    <message>
        <location filename="../entity_conflicts.py" line="102"/>
        <location filename="../entity_conflicts.py" line="351"/>
        <source>Label</source>
        <translation>Lebo</translation>
    </message>
    <message>
        <location filename="../entity_conflicts.py" line="103"/>
        <source>List</source>
        <translation>Orodha</translation>
    </message>
    <message>
        <location filename="../entity_conflicts.py" line="104"/>
        <source>Site</source>
        <translation>Kituo</translation>
    </message>
    <message>
        <location filename="../entity_conflicts.py" line="105"/>
        <source>Version</source>
        <translation>Toleo</translation>
    </message>
    <message>
        <location filename="../entity_conflicts.py" line="106"/>
        <source>Conflict</source>
        <translation>Mgongano</translation>
    </message>
    <message>
        <location filename="../entity_conflicts.py" line="111"/>
        <source>Households in conflict</source>
        <translation>Kaya zenye mgongano</translation>
    </message>
    <message>
        <location filename="../entity_conflicts.py" line="154"/>
        <source>What happened</source>
        <translation>Kilichotokea</translation>
    </message>
    <message>
        <location filename="../entity_conflicts.py" line="155"/>
        <source>&amp;Resolve</source>
        <translation>&amp;Tatua</translation>
    </message>
    <message>
        <location filename="../entity_conflicts.py" line="158"/>
        <source>Read &amp;again</source>
        <translation>&amp;Soma tena</translation>
    </message>
    <message>
        <location filename="../entity_conflicts.py" line="226"/>
        <source>Reading the households in conflict from the server…</source>
        <translation>Inasoma kaya zenye mgongano kutoka kwenye seva…</translation>
    </message>
    <message>
        <location filename="../entity_conflicts.py" line="242"/>
        <source>Same property, different values</source>
        <translation>Sifa ileile, thamani tofauti</translation>
    </message>
    <message>
        <location filename="../entity_conflicts.py" line="243"/>
        <source>Different properties (both kept)</source>
        <translation>Sifa tofauti (zote mbili zimebaki)</translation>
    </message>
    <message>
        <location filename="../entity_conflicts.py" line="261"/>
        <source>{n} in conflict.</source>
        <translation>Kaya {n} zina mgongano.</translation>
    </message>
    <message>
        <location filename="../entity_conflicts.py" line="263"/>
        <source>No household is in conflict: every update agrees.</source>
        <translation>Hakuna kaya yenye mgongano: masasisho yote yanakubaliana.</translation>
    </message>
    <message>
        <location filename="../entity_conflicts.py" line="287"/>
        <source>Reading its versions from the server…</source>
        <translation>Inasoma matoleo yake kutoka kwenye seva…</translation>
    </message>
    <message>
        <location filename="../entity_conflicts.py" line="321"/>
        <source>{label} — {list}, version {version}</source>
        <translation>{label} — {list}, toleo {version}</translation>
    </message>
    <message>
        <location filename="../entity_conflicts.py" line="327"/>
        <source>{n} updates since version {since}: each property&apos;s value then, and each proposed since. The newest is chosen.</source>
        <translation>Masasisho {n} tangu toleo {since}: thamani ya kila sifa wakati huo, na kila iliyopendekezwa tangu hapo. Ya karibuni zaidi imechaguliwa.</translation>
    </message>
    <message>
        <location filename="../entity_conflicts.py" line="332"/>
        <source>No property has competing values: Resolve keeps it as it is and ends the conflict.</source>
        <translation>Hakuna sifa yenye thamani zinazoshindana: Tatua huiacha kama ilivyo na kumaliza mgongano.</translation>
    </message>
    <message>
        <location filename="../entity_conflicts.py" line="353"/>
        <source>{name} — different values proposed</source>
        <translation>{name} — thamani tofauti zimependekezwa</translation>
    </message>
    <message>
        <location filename="../entity_conflicts.py" line="355"/>
        <source>{name} — changed by one computer</source>
        <translation>{name} — imebadilishwa na kompyuta moja</translation>
    </message>
    <message>
        <location filename="../entity_conflicts.py" line="382"/>
        <source>(empty)</source>
        <translation>(tupu)</translation>
    </message>
    <message>
        <location filename="../entity_conflicts.py" line="386"/>
        <source>before the conflict: version {version}, {who}, {when}</source>
        <translation>kabla ya mgongano: toleo {version}, {who}, {when}</translation>
    </message>
    <message>
        <location filename="../entity_conflicts.py" line="393"/>
        <source>{who}, {when} (version {version})</source>
        <translation>{who}, {when} (toleo {version})</translation>
    </message>
    <message>
        <location filename="../entity_conflicts.py" line="398"/>
        <source>{value} — {said}</source>
        <translation>{value} — {said}</translation>
    </message>
    <message>
        <location filename="../entity_conflicts.py" line="424"/>
        <source>{label}: resolved, as version {version} with the values chosen.</source>
        <translation>{label}: imetatuliwa, kama toleo {version} lenye thamani zilizochaguliwa.</translation>
    </message>
    <message>
        <location filename="../entity_conflicts.py" line="436"/>
        <source>{label} changed on the server since you looked at it; it was read again. Choose again, then Resolve.</source>
        <translation>{label} imebadilika kwenye seva tangu ulipoiangalia; imesomwa tena. Chagua tena, kisha Tatua.</translation>
    </message>
</context>
<context>
    <name>EntityHistoryDialog</name>
    <message>
        <location filename="../to_visit.py" line="171"/>
        <location filename="../to_visit.py" line="172"/>
        <source>History of {name}</source>
        <translation>Historia ya {name}</translation>
    </message>
    <message>
        <location filename="../to_visit.py" line="176"/>
        <source>Version</source>
        <translation>Toleo</translation>
    </message>
    <message>
        <location filename="../to_visit.py" line="176"/>
        <source>When</source>
        <translation>Lini</translation>
    </message>
    <message>
        <location filename="../to_visit.py" line="176"/>
        <source>From</source>
        <translation>Kutoka</translation>
    </message>
    <message>
        <location filename="../to_visit.py" line="176"/>
        <source>What changed</source>
        <translation>Kilichobadilika</translation>
    </message>
    <message>
        <location filename="../to_visit.py" line="178"/>
        <source>Versions</source>
        <translation>Matoleo</translation>
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
        <translation>seva</translation>
    </message>
    <message>
        <location filename="../to_visit.py" line="205"/>
        <source>this computer</source>
        <translation>kompyuta hii</translation>
    </message>
    <message>
        <location filename="../to_visit.py" line="206"/>
        <source>(no change)</source>
        <translation>(hakuna badiliko)</translation>
    </message>
</context>
<context>
    <name>ExportTab</name>
    <message>
        <location filename="../secretariat.py" line="1335"/>
        <source>CSV (a zip: one file per table)</source>
        <translation>CSV (zip: faili moja kwa kila jedwali)</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1336"/>
        <source>Excel (one sheet per table)</source>
        <translation>Excel (karatasi moja kwa kila jedwali)</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1337"/>
        <source>Stata (.dta, with labels)</source>
        <translation>Stata (.dta, pamoja na lebo)</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1338"/>
        <source>SPSS (.sav, with labels)</source>
        <translation>SPSS (.sav, pamoja na lebo)</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1339"/>
        <source>Parquet</source>
        <translation>Parquet</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1349"/>
        <source>every site</source>
        <translation>vituo vyote</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1351"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1352"/>
        <source>&amp;Photos and files too (in the zip)</source>
        <translation>Picha na &amp;faili pia (ndani ya zip)</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1353"/>
        <source>&amp;Save the export as…</source>
        <translation>Hifadhi u&amp;safirishaji kama…</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1365"/>
        <source>F&amp;orm</source>
        <translation>F&amp;omu</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1366"/>
        <source>For&amp;mat</source>
        <translation>M&amp;uundo</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1367"/>
        <source>La&amp;bels in</source>
        <translation>Le&amp;bo kwa lugha</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1372"/>
        <source>S&amp;tate</source>
        <translation>Ha&amp;li</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1373"/>
        <source>Sit&amp;e</source>
        <translation>Ki&amp;tuo</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1374"/>
        <source>Changed si&amp;nce</source>
        <translation>Yaliyobadilika tan&amp;gu</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1394"/>
        <source>The form&apos;s own</source>
        <translation>Za fomu yenyewe</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1406"/>
        <source>The codebook of this format has the labels in every language.</source>
        <translation>Kitabu cha misimbo cha muundo huu kina lebo kwa kila lugha.</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1413"/>
        <source>Save the export as</source>
        <translation>Hifadhi usafirishaji kama</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1435"/>
        <source>The server is making the export…</source>
        <translation>Seva inatayarisha usafirishaji…</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1471"/>
        <source>Reading submissions: %v of {total}</source>
        <translation>Kusoma majibu: %v kati ya {total}</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1477"/>
        <source>Downloading the file…</source>
        <translation>Inapakua faili…</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1480"/>
        <source>Downloading: %p%</source>
        <translation>Inapakua: %p%</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1494"/>
        <source>Saved {path} ({rows} rows; the codebook is inside).</source>
        <translation>Imehifadhiwa {path} (safu {rows}; kitabu cha misimbo kimo ndani).</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1499"/>
        <source>The export is saved.</source>
        <translation>Usafirishaji umehifadhiwa.</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1503"/>
        <source>The export failed: {why}</source>
        <translation>Usafirishaji umeshindwa: {why}</translation>
    </message>
</context>
<context>
    <name>FillingView</name>
    <message>
        <location filename="../filling.py" line="72"/>
        <source>Form language</source>
        <translation>Lugha ya fomu</translation>
    </message>
    <message>
        <location filename="../filling.py" line="74"/>
        <source>(one language)</source>
        <translation>(lugha moja)</translation>
    </message>
    <message>
        <location filename="../filling.py" line="84"/>
        <source>&amp;Language:</source>
        <translation>&amp;Lugha:</translation>
    </message>
    <message>
        <location filename="../filling.py" line="107"/>
        <source>Sent back for correction: {reason}</source>
        <translation>Imerudishwa kwa marekebisho: {reason}</translation>
    </message>
    <message>
        <location filename="../filling.py" line="130"/>
        <source>◀ Back (PgUp)</source>
        <translation>◀ Rudi (PgUp)</translation>
    </message>
    <message>
        <location filename="../filling.py" line="131"/>
        <source>Next (PgDn) ▶</source>
        <translation>Endelea (PgDn) ▶</translation>
    </message>
    <message>
        <location filename="../filling.py" line="132"/>
        <source>Overview (Ctrl+J)</source>
        <translation>Muhtasari (Ctrl+J)</translation>
    </message>
    <message>
        <location filename="../filling.py" line="133"/>
        <source>Save and close (Ctrl+W)</source>
        <translation>Hifadhi na funga (Ctrl+W)</translation>
    </message>
    <message>
        <location filename="../filling.py" line="147"/>
        <source>Discard draft (Ctrl+Shift+Del)</source>
        <translation>Futa rasimu (Ctrl+Shift+Del)</translation>
    </message>
    <message>
        <location filename="../filling.py" line="153"/>
        <source>Correct this submission (Alt+C)</source>
        <translation>Sahihisha fomu hii (Alt+C)</translation>
    </message>
    <message>
        <location filename="../filling.py" line="445"/>
        <source>✓ Saved</source>
        <translation>✓ Imehifadhiwa</translation>
    </message>
    <message>
        <location filename="../filling.py" line="447"/>
        <source>Every answer is on the disk.</source>
        <translation>Kila jibu limehifadhiwa kwenye diski.</translation>
    </message>
    <message>
        <location filename="../filling.py" line="449"/>
        <source>⚠ NOT SAVED</source>
        <translation>⚠ HAIJAHIFADHIWA</translation>
    </message>
    <message>
        <location filename="../filling.py" line="491"/>
        <source>Remove this “{label}” (Ctrl+Del)</source>
        <translation>Ondoa “{label}” hii (Ctrl+Del)</translation>
    </message>
    <message>
        <location filename="../filling.py" line="506"/>
        <source>{label} — {n} of {count}</source>
        <translation>{label} — {n} kati ya {count}</translation>
    </message>
    <message>
        <location filename="../filling.py" line="510"/>
        <source>Page {n} of {count}</source>
        <translation>Ukurasa {n} kati ya {count}</translation>
    </message>
    <message>
        <location filename="../filling.py" line="526"/>
        <source>Add another “{label}”? There are {count} now.</source>
        <translation>Ongeza “{label}” nyingine? Sasa zipo {count}.</translation>
    </message>
    <message>
        <location filename="../filling.py" line="533"/>
        <source>Add another (Alt+A)</source>
        <translation>Ongeza nyingine (Alt+A)</translation>
    </message>
    <message>
        <location filename="../filling.py" line="534"/>
        <source>No, go on (Enter)</source>
        <translation>Hapana, endelea (Enter)</translation>
    </message>
    <message>
        <location filename="../filling.py" line="541"/>
        <source>Remove the last one (Alt+R)</source>
        <translation>Ondoa ya mwisho (Alt+R)</translation>
    </message>
    <message>
        <location filename="../filling.py" line="630"/>
        <source>How many entries there are is set by an answer earlier in the form: change that answer to remove one.</source>
        <translation>Idadi ya vipengele imewekwa na jibu la awali kwenye fomu: badilisha jibu hilo ili kuondoa kimoja.</translation>
    </message>
    <message>
        <location filename="../filling.py" line="670"/>
        <source>Finalize (Alt+F)</source>
        <translation>Kamilisha (Alt+F)</translation>
    </message>
    <message>
        <location filename="../filling.py" line="720"/>
        <source>Why was it changed?</source>
        <translation>Kwa nini imebadilishwa?</translation>
    </message>
    <message>
        <location filename="../filling.py" line="723"/>
        <source>This form asks why a finalized submission is changed. Say why (it goes with the submission&apos;s audit log):</source>
        <translation>Fomu hii inauliza kwa nini fomu iliyokamilishwa inabadilishwa. Eleza sababu (itahifadhiwa pamoja na kumbukumbu za ukaguzi za fomu hii):</translation>
    </message>
    <message>
        <location filename="../filling.py" line="727"/>
        <source>Finalize</source>
        <translation>Kamilisha</translation>
    </message>
    <message>
        <location filename="../filling.py" line="590"/>
        <source>Remove answers?</source>
        <translation>Ondoa majibu?</translation>
    </message>
    <message>
        <location filename="../filling.py" line="592"/>
        <source>The count is now {wanted}, but these entries hold answers: {names}.

Remove them and their answers?</source>
        <translation>Idadi sasa ni {wanted}, lakini vipengele hivi vina majibu: {names}.

Viondolewe pamoja na majibu yake?</translation>
    </message>
    <message>
        <location filename="../filling.py" line="604"/>
        <source>Keep them (the count goes back to {n})</source>
        <translation>Usiviondoe (idadi inarudi kuwa {n})</translation>
    </message>
    <message>
        <location filename="../filling.py" line="605"/>
        <source>Keep them</source>
        <translation>Usiviondoe</translation>
    </message>
    <message>
        <location filename="../filling.py" line="606"/>
        <source>Remove them</source>
        <translation>Viondoe</translation>
    </message>
    <message>
        <location filename="../filling.py" line="639"/>
        <source>Remove</source>
        <translation>Ondoa</translation>
    </message>
    <message>
        <location filename="../filling.py" line="640"/>
        <source>Remove “{label}” {n} and all its answers?</source>
        <translation>Ondoa “{label}” {n} pamoja na majibu yake yote?</translation>
    </message>
    <message>
        <location filename="../filling.py" line="659"/>
        <source>End of the form. Check the problems below, then finalize.</source>
        <translation>Mwisho wa fomu. Angalia matatizo hapa chini, kisha kamilisha.</translation>
    </message>
    <message>
        <location filename="../filling.py" line="664"/>
        <source>Problems</source>
        <translation>Matatizo</translation>
    </message>
    <message>
        <location filename="../filling.py" line="692"/>
        <source>No problems: ready to finalize.</source>
        <translation>Hakuna matatizo: tayari kukamilisha.</translation>
    </message>
    <message>
        <location filename="../filling.py" line="694"/>
        <source>This submission is finalized and can no longer be changed.</source>
        <translation>Fomu hii imekamilishwa na haiwezi kubadilishwa tena.</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <location filename="../home.py" line="62"/>
        <source>Drafts</source>
        <translation>Rasimu</translation>
    </message>
    <message>
        <location filename="../home.py" line="63"/>
        <source>Ready to send</source>
        <translation>Tayari kutumwa</translation>
    </message>
    <message>
        <location filename="../home.py" line="64"/>
        <source>Sent</source>
        <translation>Zimetumwa</translation>
    </message>
    <message>
        <location filename="../home.py" line="65"/>
        <source>Sent back</source>
        <translation>Zimerudishwa</translation>
    </message>
    <message>
        <location filename="../home.py" line="69"/>
        <source>&amp;Forms</source>
        <translation>&amp;Fomu</translation>
    </message>
    <message>
        <location filename="../home.py" line="72"/>
        <source>Installed forms</source>
        <translation>Fomu zilizosakinishwa</translation>
    </message>
    <message>
        <location filename="../home.py" line="271"/>
        <source>version {version}</source>
        <translation>toleo {version}</translation>
    </message>
    <message>
        <location filename="../home.py" line="76"/>
        <source>&amp;New submission (Ctrl+N)</source>
        <translation>&amp;Jaza fomu mpya (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../home.py" line="89"/>
        <source>Search titles (Ctrl+F)</source>
        <translation>Tafuta majina (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../home.py" line="281"/>
        <source>All forms</source>
        <translation>Fomu zote</translation>
    </message>
    <message>
        <location filename="../home.py" line="95"/>
        <source>Any time</source>
        <translation>Wakati wowote</translation>
    </message>
    <message>
        <location filename="../home.py" line="86"/>
        <source>To visit</source>
        <translation>Za kutembelea</translation>
    </message>
    <message>
        <location filename="../home.py" line="96"/>
        <source>Today</source>
        <translation>Leo</translation>
    </message>
    <message>
        <location filename="../home.py" line="97"/>
        <source>Last 7 days</source>
        <translation>Siku 7 zilizopita</translation>
    </message>
    <message>
        <location filename="../home.py" line="98"/>
        <source>Last 30 days</source>
        <translation>Siku 30 zilizopita</translation>
    </message>
    <message>
        <location filename="../home.py" line="117"/>
        <source>Title</source>
        <translation>Jina</translation>
    </message>
    <message>
        <location filename="../home.py" line="118"/>
        <source>Form</source>
        <translation>Fomu</translation>
    </message>
    <message>
        <location filename="../home.py" line="119"/>
        <source>Status</source>
        <translation>Hali</translation>
    </message>
    <message>
        <location filename="../home.py" line="120"/>
        <source>Changed</source>
        <translation>Ilibadilishwa</translation>
    </message>
    <message>
        <location filename="../home.py" line="121"/>
        <source>Enumerator</source>
        <translation>Mdadisi</translation>
    </message>
    <message>
        <location filename="../home.py" line="127"/>
        <source>Submissions</source>
        <translation>Fomu zilizojazwa</translation>
    </message>
    <message>
        <location filename="../home.py" line="245"/>
        <source>To visit ({left})</source>
        <translation>Za kutembelea ({left})</translation>
    </message>
    <message>
        <location filename="../home.py" line="324"/>
        <source>Nothing here.</source>
        <translation>Hakuna kitu hapa.</translation>
    </message>
    <message>
        <location filename="../home.py" line="344"/>
        <source>Print assignment sheets</source>
        <translation>Chapisha karatasi za kazi</translation>
    </message>
    <message>
        <location filename="../home.py" line="369"/>
        <source>{n} sheet(s) printed to {file}.</source>
        <translation>Karatasi {n} zimechapishwa kwenye {file}.</translation>
    </message>
</context>
<context>
    <name>HouseholdsModel</name>
    <message>
        <location filename="../assignment_models.py" line="213"/>
        <source>Refused by the server: {why}</source>
        <translation>Imekataliwa na seva: {why}</translation>
    </message>
    <message>
        <location filename="../assignment_models.py" line="231"/>
        <source>(no label)</source>
        <translation>(hakuna lebo)</translation>
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
        <translation>{household} (tayari imepewa {names})</translation>
    </message>
</context>
<context>
    <name>Indicators</name>
    <message>
        <location filename="../secretariat.py" line="67"/>
        <source>households using at least basic drinking water</source>
        <translation>Kaya zinazotumia angalau maji ya kunywa ya msingi</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="68"/>
        <source>households using surface water</source>
        <translation>Kaya zinazotumia maji ya juu ya ardhi</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="69"/>
        <source>households with at least basic sanitation</source>
        <translation>Kaya zenye angalau usafi wa mazingira wa msingi</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="70"/>
        <source>households practising open defecation</source>
        <translation>Kaya zinazojisaidia hovyo</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="71"/>
        <source>households relying on clean cooking fuel</source>
        <translation>Kaya zinazotumia nishati safi ya kupikia</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="72"/>
        <source>households with any electricity</source>
        <translation>Kaya zenye umeme wa aina yoyote</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="73"/>
        <source>households with poor or borderline food consumption</source>
        <translation>Kaya zenye ulaji duni au wa mpakani wa chakula</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="76"/>
        <source>mean persons per sleeping room</source>
        <translation>Wastani wa watu kwa chumba cha kulala</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="77"/>
        <source>households with more than 3 persons per sleeping room</source>
        <translation>Kaya zenye watu zaidi ya 3 kwa chumba cha kulala</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="80"/>
        <source>members aged 5 or more with a disability (Washington Group cut-off)</source>
        <translation>Wanakaya wenye umri wa miaka 5 au zaidi wenye ulemavu (kigezo cha Washington Group)</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="83"/>
        <source>households whose head has no identity document</source>
        <translation>Kaya ambazo mkuu wake hana hati ya utambulisho</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="84"/>
        <source>children under 5 with a birth certificate</source>
        <translation>Watoto chini ya miaka 5 wenye cheti cha kuzaliwa</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="85"/>
        <source>households hit by any shock in 6 months</source>
        <translation>Kaya zilizokumbwa na mshtuko wowote ndani ya miezi 6</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="86"/>
        <location filename="../secretariat.py" line="110"/>
        <source>median monthly income per person</source>
        <translation>Kipato cha kati cha mwezi kwa mtu</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="87"/>
        <source>households using the service in the last 3 months</source>
        <translation>Kaya zilizotumia huduma katika miezi 3 iliyopita</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="90"/>
        <source>users reaching it within 30 minutes</source>
        <translation>Watumiaji wanaoifikia ndani ya dakika 30</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="91"/>
        <source>median one-way travel time, minutes</source>
        <translation>Muda wa kati wa safari ya kwenda, dakika</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="92"/>
        <source>users reporting any barrier</source>
        <translation>Watumiaji walioripoti kikwazo chochote</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="93"/>
        <source>households refused because of nationality or status</source>
        <translation>Kaya zilizokataliwa kwa sababu ya uraia au hadhi</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="96"/>
        <source>users satisfied (4-5)</source>
        <translation>Watumiaji walioridhika (4-5)</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="97"/>
        <source>median cost per user, last 3 months</source>
        <translation>Gharama ya kati kwa mtumiaji, miezi 3 iliyopita</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="98"/>
        <source>share of the city&apos;s population</source>
        <translation>Sehemu ya wakazi wa mji</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="99"/>
        <source>average household size</source>
        <translation>Wastani wa ukubwa wa kaya</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="100"/>
        <source>dependency ratio (0-17 and 60+ per 18-59)</source>
        <translation>Uwiano wa utegemezi (0-17 na 60+ kwa 18-59)</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="101"/>
        <source>males per 100 females</source>
        <translation>Wanaume kwa kila wanawake 100</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="102"/>
        <source>P6 dwelling occupancy rate</source>
        <translation>P6 kiwango cha ukaliaji wa makazi</translation>
    </message>
</context>
<context>
    <name>IndicatorsTab</name>
    <message>
        <location filename="../secretariat.py" line="324"/>
        <source>&amp;Show</source>
        <translation>O&amp;nyesha</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="328"/>
        <source>Save the table as &amp;CSV…</source>
        <translation>Hifadhi jedwali kama C&amp;SV…</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="330"/>
        <source>Save the chart as &amp;PNG…</source>
        <translation>Hifadhi chati kama &amp;PNG…</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="334"/>
        <source>City</source>
        <translation>Mji</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="335"/>
        <source>Population group</source>
        <translation>Kundi la watu</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="336"/>
        <source>Sex</source>
        <translation>Jinsia</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="337"/>
        <source>Indicator</source>
        <translation>Kiashiria</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="338"/>
        <source>Value</source>
        <translation>Thamani</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="339"/>
        <source>Households (or persons)</source>
        <translation>Kaya (au watu)</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="343"/>
        <source>Indicators</source>
        <translation>Viashiria</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="348"/>
        <source>Bars for each population &amp;group too</source>
        <translation>N&amp;guzo kwa kila kundi la watu pia</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="364"/>
        <source>F&amp;orm</source>
        <translation>F&amp;omu</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="365"/>
        <source>S&amp;tate</source>
        <translation>Ha&amp;li</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="373"/>
        <source>C&amp;hart of</source>
        <translation>&amp;Chati ya</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="420"/>
        <source>{n} figures, computed on the server.</source>
        <translation>Takwimu {n}, zimekokotolewa kwenye seva.</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="358"/>
        <location filename="../secretariat.py" line="426"/>
        <source>(all)</source>
        <translation>(yote)</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="356"/>
        <source>Computed on the server from the submissions in the chosen state, per city and population group; “{all}” is every city or group together.</source>
        <translation>Imekokotolewa kwenye seva kutoka kwa majibu yaliyo katika hali iliyochaguliwa, kwa kila mji na kundi la watu; “{all}” ni miji au makundi yote pamoja.</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="454"/>
        <source>Save the indicators</source>
        <translation>Hifadhi viashiria</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="450"/>
        <location filename="../secretariat.py" line="464"/>
        <source>Saved {path}</source>
        <translation>Imehifadhiwa {path}</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="468"/>
        <source>Save the chart</source>
        <translation>Hifadhi chati</translation>
    </message>
</context>
<context>
    <name>KeepAsWritten</name>
    <message>
        <location filename="../keyed_entry.py" line="111"/>
        <source>Not what the form allows</source>
        <translation>Si kile fomu inachoruhusu</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="116"/>
        <source>{value} breaks the form&apos;s rule: {rule}

Is it what the paper says? Keep it as written only when the paper says so: the supervisor will see it.</source>
        <translation>{value} inavunja kanuni ya fomu: {rule}

Je, ndivyo karatasi inavyosema? Ihifadhi kama ilivyoandikwa tu ikiwa karatasi inasema hivyo: msimamizi ataiona.</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="124"/>
        <source>&amp;Note (optional):</source>
        <translation>&amp;Maelezo (si lazima):</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="130"/>
        <source>&amp;Correct it</source>
        <translation>&amp;Sahihisha</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="133"/>
        <source>&amp;Keep as written on the paper</source>
        <translation>&amp;Hifadhi kama ilivyoandikwa kwenye karatasi</translation>
    </message>
</context>
<context>
    <name>KeyedEntryView</name>
    <message>
        <location filename="../keyed_entry.py" line="177"/>
        <source>Questionnaire &amp;number</source>
        <translation>&amp;Namba ya hojaji</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="178"/>
        <source>Interview da&amp;te</source>
        <translation>&amp;Tarehe ya mahojiano</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="179"/>
        <source>&amp;Enumerator on the paper</source>
        <translation>M&amp;hojaji aliyeandikwa kwenye karatasi</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="180"/>
        <source>&amp;Batch</source>
        <translation>&amp;Kundi</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="189"/>
        <source>DD/MM/YYYY</source>
        <translation>SS/MM/MMMM</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="211"/>
        <source>Enter: next · Up: back · Ctrl+Enter: save this questionnaire and key the next</source>
        <translation>Enter: inayofuata · Juu: rudi · Ctrl+Enter: hifadhi hojaji hii na uingize inayofuata</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="214"/>
        <source>&amp;Save and key the next</source>
        <translation>Hifadhi na &amp;ingiza inayofuata</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="228"/>
        <source>No choice has the code {code}. The codes are {codes}.</source>
        <translation>Hakuna chaguo lenye msimbo {code}. Misimbo ni {codes}.</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="229"/>
        <source>One code only: {codes}.</source>
        <translation>Msimbo mmoja tu: {codes}.</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="230"/>
        <source>Code {code} cannot be chosen here (by an earlier answer).</source>
        <translation>Msimbo {code} hauwezi kuchaguliwa hapa (kwa sababu ya jibu la awali).</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="231"/>
        <source>This question needs an answer.</source>
        <translation>Swali hili linahitaji jibu.</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="233"/>
        <source>Key the questionnaire&apos;s number as written on the paper (digits only), or scan its QR code.</source>
        <translation>Ingiza namba ya dodoso kama ilivyoandikwa kwenye karatasi (tarakimu tu), au changanua msimbo wake wa QR.</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="237"/>
        <source>{date} is not a day of the calendar: check the day and the month.</source>
        <translation>{date} si siku ya kalenda: angalia siku na mwezi.</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="240"/>
        <source>Questionnaire {number} was keyed already (on {when}). Check the number.</source>
        <translation>Hojaji {number} imeshaingizwa (tarehe {when}). Hakiki namba.</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="242"/>
        <source>Key the interview&apos;s date as DD/MM/YYYY.</source>
        <translation>Ingiza tarehe ya mahojiano kama SS/MM/MMMM (siku/mwezi/mwaka).</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="243"/>
        <source>{date} is after today: check the interview&apos;s date.</source>
        <translation>{date} ni baada ya leo: hakiki tarehe ya mahojiano.</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="244"/>
        <source>Key the enumerator&apos;s name or code, as on the paper.</source>
        <translation>Ingiza jina au msimbo wa mhojaji, kama kwenye karatasi.</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="245"/>
        <source>Questionnaire {number} saved: {count} keyed in this sitting.</source>
        <translation>Hojaji {number} imehifadhiwa: {count} zimeingizwa katika kikao hiki.</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="246"/>
        <source>Another entry? 1: yes · Enter: no</source>
        <translation>Safu nyingine? 1: ndiyo · Enter: hapana</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="248"/>
        <source>Questionnaire {number} keyed a second time: {differences} answer(s) differ ({count} in this sitting).</source>
        <translation>Hojaji {number} imeingizwa mara ya pili: majibu {differences} yanatofautiana ({count} katika kikao hiki).</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="252"/>
        <source>Questionnaire {number} has not been keyed a first time (in this batch).</source>
        <translation>Hojaji {number} haijaingizwa mara ya kwanza (katika kundi hili).</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="255"/>
        <source>You keyed questionnaire {number} the first time: another clerk keys it again.</source>
        <translation>Uliingiza hojaji {number} mara ya kwanza: karani mwingine aiingize tena.</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="257"/>
        <source>Questionnaire {number} was keyed twice already.</source>
        <translation>Hojaji {number} imeshaingizwa mara mbili.</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="258"/>
        <source>This questionnaire&apos;s code is of another form ({form}).</source>
        <translation>Msimbo wa hojaji hii ni wa fomu nyingine ({form}).</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="260"/>
        <source>Assignment {id} of this sheet is not on this computer: sync, then scan it again. The number is kept.</source>
        <translation>Kazi {id} ya karatasi hii haipo kwenye kompyuta hii: sawazisha, kisha skani tena. Namba imehifadhiwa.</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="264"/>
        <source>No question {number} to key here (none has that number, or it is skipped).</source>
        <translation>Hakuna swali {number} la kuingiza hapa (hakuna lenye namba hiyo, au limerukwa).</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="266"/>
        <source>Key 1 for another entry, or nothing to go on.</source>
        <translation>Ingiza 1 kwa safu nyingine, au usiingize kitu ili kuendelea.</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="298"/>
        <source>Second keying (blind) of paper questionnaires: {form}</source>
        <translation>Uingizaji wa pili (bila kuona wa kwanza) wa hojaji za karatasi: {form}</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="301"/>
        <source>Keying paper questionnaires: {form}</source>
        <translation>Kuingiza hojaji za karatasi: {form}</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="535"/>
        <source>kept as on paper</source>
        <translation>imehifadhiwa kama kwenye karatasi</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="601"/>
        <source>Go to question</source>
        <translation>Nenda kwa swali</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="602"/>
        <source>Question &amp;number:</source>
        <translation>&amp;Namba ya swali:</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="778"/>
        <source>End of the questionnaire: Enter saves it.</source>
        <translation>Mwisho wa hojaji: Enter inaihifadhi.</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="879"/>
        <source>End of the questionnaire: Enter saves it, Up goes back.</source>
        <translation>Mwisho wa dodoso: Enter inalihifadhi, Juu inarudi nyuma.</translation>
    </message>
</context>
<context>
    <name>LoginView</name>
    <message>
        <location filename="../login.py" line="61"/>
        <source>Password</source>
        <translation>Nenosiri</translation>
    </message>
    <message>
        <location filename="../login.py" line="65"/>
        <source>Welcome to Daftari. Create the administrator profile for this computer: it can add the other users and reset a forgotten password.</source>
        <translation>Karibu Daftari. Unda wasifu wa msimamizi wa kompyuta hii: unaweza kuongeza watumiaji wengine na kuweka upya nenosiri lililosahaulika.</translation>
    </message>
    <message>
        <location filename="../login.py" line="74"/>
        <source>&amp;Name:</source>
        <translation>&amp;Jina:</translation>
    </message>
    <message>
        <location filename="../login.py" line="75"/>
        <source>&amp;Enumerator id:</source>
        <translation>&amp;Namba ya mdadisi:</translation>
    </message>
    <message>
        <location filename="../login.py" line="76"/>
        <source>&amp;Site (city):</source>
        <translation>&amp;Eneo (mji):</translation>
    </message>
    <message>
        <location filename="../login.py" line="77"/>
        <location filename="../login.py" line="96"/>
        <source>&amp;Password:</source>
        <translation>&amp;Nenosiri:</translation>
    </message>
    <message>
        <location filename="../login.py" line="78"/>
        <source>&amp;Repeat the password:</source>
        <translation>&amp;Rudia nenosiri:</translation>
    </message>
    <message>
        <location filename="../login.py" line="79"/>
        <source>&amp;Create profile</source>
        <translation>&amp;Unda wasifu</translation>
    </message>
    <message>
        <location filename="../login.py" line="83"/>
        <source>Locked. Enter your password to go on, or switch user.</source>
        <translation>Imefungwa. Weka nenosiri lako kuendelea, au badilisha mtumiaji.</translation>
    </message>
    <message>
        <location filename="../login.py" line="85"/>
        <source>Who is working?</source>
        <translation>Nani anafanya kazi?</translation>
    </message>
    <message>
        <location filename="../login.py" line="95"/>
        <source>&amp;User:</source>
        <translation>&amp;Mtumiaji:</translation>
    </message>
    <message>
        <location filename="../login.py" line="97"/>
        <source>&amp;Log in</source>
        <translation>&amp;Ingia</translation>
    </message>
    <message>
        <location filename="../login.py" line="137"/>
        <source>The two passwords are not the same.</source>
        <translation>Manenosiri mawili hayafanani.</translation>
    </message>
    <message>
        <location filename="../login.py" line="152"/>
        <source>Checking…</source>
        <translation>Inakagua…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="157"/>
        <source>&amp;Daftari</source>
        <translation>&amp;Daftari</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="159"/>
        <source>&amp;Install a form (XLSForm)…</source>
        <translation>Sak&amp;inisha fomu (XLSForm)…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="161"/>
        <source>&amp;Lock / switch user</source>
        <translation>&amp;Funga / badilisha mtumiaji</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="162"/>
        <source>&amp;Sync now</source>
        <translation>&amp;Sawazisha sasa</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="163"/>
        <source>&amp;Connect to a server…</source>
        <translation>&amp;Unganisha na seva…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="165"/>
        <source>Connect to ODK Central or &amp;KoboToolbox…</source>
        <translation>Unganisha na &amp;ODK Central au KoboToolbox…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="168"/>
        <source>&amp;Bring a bundle from a USB stick…</source>
        <translation>Leta &amp;kifurushi kutoka USB…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="171"/>
        <source>Bundles b&amp;rought from USB sticks…</source>
        <translation>Vifurushi vilivyo&amp;letwa kutoka USB…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="174"/>
        <source>&amp;Put submissions on a USB stick…</source>
        <translation>&amp;Peleka mawasilisho kwenye USB…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="177"/>
        <source>Receive &amp;updates from a USB stick…</source>
        <translation>Pokea &amp;masasisho kutoka kwenye USB…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="179"/>
        <source>&amp;Users…</source>
        <translation>&amp;Watumiaji…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="181"/>
        <source>&amp;Quit</source>
        <translation>&amp;Toka</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="182"/>
        <source>&amp;View</source>
        <translation>&amp;Mwonekano</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="184"/>
        <source>Larger text</source>
        <translation>Maandishi makubwa zaidi</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="187"/>
        <source>Smaller text</source>
        <translation>Maandishi madogo zaidi</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="189"/>
        <source>Normal text size</source>
        <translation>Ukubwa wa kawaida wa maandishi</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="192"/>
        <source>&amp;My forms and submissions</source>
        <translation>&amp;Fomu na majibu yangu</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="195"/>
        <source>&amp;Review submissions</source>
        <translation>&amp;Kagua majibu</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="199"/>
        <source>&amp;Indicators, data and exports</source>
        <translation>&amp;Viashiria, data na usafirishaji</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="204"/>
        <source>&amp;Key paper questionnaires…</source>
        <translation>&amp;Ingiza hojaji za karatasi…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="208"/>
        <source>Key papers a &amp;second time (verification)…</source>
        <translation>Ingiza hojaji mara ya &amp;pili (uhakiki)…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="213"/>
        <source>&amp;Batches and differences</source>
        <translation>Makundi na &amp;tofauti</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="216"/>
        <source>Household &amp;conflicts…</source>
        <translation>Mi&amp;gongano ya kaya…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="219"/>
        <source>&amp;Assignments</source>
        <translation>&amp;Ugawaji wa kazi</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="222"/>
        <source>&amp;Quality of the work</source>
        <translation>U&amp;bora wa kazi</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="224"/>
        <source>Interface &amp;language</source>
        <translation>&amp;Lugha ya programu</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="282"/>
        <source>Locked</source>
        <translation>Imefungwa</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="413"/>
        <source>Install a form first (Ctrl+I).</source>
        <translation>Sakinisha fomu kwanza (Ctrl+I).</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="418"/>
        <source>Key paper questionnaires</source>
        <translation>Ingiza hojaji za karatasi</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="419"/>
        <source>&amp;Form:</source>
        <translation>&amp;Fomu:</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="592"/>
        <source>Connected: {n} form(s) listed there, installed on this computer now.</source>
        <translation>Imeunganishwa: fomu {n} zimeorodheshwa huko, zimesakinishwa kwenye kompyuta hii.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="607"/>
        <source>Bring a bundle from a USB stick</source>
        <translation>Leta kifurushi kutoka USB</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="609"/>
        <location filename="../main_window.py" line="688"/>
        <location filename="../main_window.py" line="768"/>
        <source>Daftari bundles (*.bundle);;All files (*)</source>
        <translation>Vifurushi vya Daftari (*.bundle);;Faili zote (*)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="632"/>
        <source>{name} is kept on this computer, sealed. It goes to the server at the first sync once this computer is connected to one (Daftari → Connect to a server).</source>
        <translation>{name} imehifadhiwa kwenye kompyuta hii, ikiwa imefungwa. Itaenda kwa seva katika usawazishaji wa kwanza baada ya kompyuta hii kuunganishwa na seva (Daftari → Unganisha na seva).</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="637"/>
        <source>{name} is kept on this computer and goes to the server at the next sync. It is sealed: its answers cannot be read here.</source>
        <translation>{name} imehifadhiwa kwenye kompyuta hii na itaenda kwa seva katika usawazishaji ujao. Imefungwa: majibu yake hayawezi kusomwa hapa.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="642"/>
        <source>Bundle kept</source>
        <translation>Kifurushi kimehifadhiwa</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="655"/>
        <source>The bundle was not kept</source>
        <translation>Kifurushi hakikuhifadhiwa</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="671"/>
        <location filename="../main_window.py" line="739"/>
        <location filename="../main_window.py" line="749"/>
        <source>Nothing was put on the stick</source>
        <translation>Hakuna kilichowekwa kwenye USB</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="684"/>
        <source>Put submissions on a USB stick</source>
        <translation>Weka mawasilisho kwenye USB</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="708"/>
        <source>Submissions put on the stick</source>
        <translation>Mawasilisho yamewekwa kwenye USB</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="710"/>
        <source>{n} submission(s) went into {file}. Take the stick to a computer that syncs with the server; they stay here as waiting until this computer&apos;s next sync hears that they arrived.</source>
        <translation>Mawasilisho {n} yameingia kwenye {file}. Peleka USB kwenye kompyuta inayosawazisha na seva; yanabaki hapa yakisubiri hadi usawazishaji ujao wa kompyuta hii usikie kwamba yamefika.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="725"/>
        <source>{file} could not be written ({why}): nothing was put on the stick. Is the stick in, not full, and not locked against writing?</source>
        <translation>{file} haikuweza kuandikwa ({why}): hakuna kilichowekwa kwenye USB. Je, USB imeingizwa, haijajaa, na haijafungwa dhidi ya kuandikwa?</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="732"/>
        <source>Your waiting submissions and their photos are more than one bundle carries. Sync them over a network, or ask for help to write them in several bundles.</source>
        <translation>Mawasilisho yako yanayosubiri na picha zake ni zaidi ya kile kifurushi kimoja kinachobeba. Yasawazishe kupitia mtandao, au omba msaada wa kuyaandika katika vifurushi kadhaa.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="743"/>
        <source>A bundle is sealed for your server, so that only it can read it: connect to it first (Daftari → Connect to a server).</source>
        <translation>Kifurushi hufungwa kwa ajili ya seva yako, ili iweze kukisoma peke yake: unganisha nayo kwanza (Daftari → Unganisha na seva).</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="751"/>
        <source>No finalized submission of yours waits to be sent: there is nothing to put on a stick, and no file was written.</source>
        <translation>Hakuna wasilisho lako lililokamilishwa linalosubiri kutumwa: hakuna cha kuweka kwenye USB, na hakuna faili iliyoandikwa.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="762"/>
        <location filename="../main_window.py" line="795"/>
        <source>Nothing was received</source>
        <translation>Hakuna kilichopokelewa</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="766"/>
        <source>Receive updates from a USB stick</source>
        <translation>Pokea masasisho kutoka kwenye USB</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="781"/>
        <source>Updates received</source>
        <translation>Masasisho yamepokelewa</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="783"/>
        <source>{entities} household(s) or person(s) of the site&apos;s lists and {assignments} assignment(s) are on this computer now; {returned} submission(s) were sent back to correct.</source>
        <translation>Kaya au watu {entities} wa orodha za kituo na kazi {assignments} sasa wako kwenye kompyuta hii; fomu {returned} zimerudishwa kusahihishwa.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="874"/>
        <source>The visit cannot open</source>
        <translation>Ziara haiwezi kufunguliwa</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="884"/>
        <source>Opening the form: reading its lists…</source>
        <translation>Inafungua fomu: inasoma orodha zake…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1026"/>
        <source>Reopened by you to correct it.</source>
        <translation>Imefunguliwa tena nawe ili uisahihishe.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1031"/>
        <source>Reopened: correct it and finalize again; it is sent as an edit.</source>
        <translation>Imefunguliwa tena: isahihishe na uikamilishe tena; inatumwa kama marekebisho.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1043"/>
        <source>Discard this draft?</source>
        <translation>Futa rasimu hii?</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1045"/>
        <source>Discard “{title}”? Its answers (and photos) will be deleted from this computer. This cannot be undone.</source>
        <translation>Futa “{title}”? Majibu yake (na picha zake) yatafutwa kwenye kompyuta hii. Hayataweza kurejeshwa.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1061"/>
        <source>The draft was discarded.</source>
        <translation>Rasimu imefutwa.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1070"/>
        <source>Finalized. It will be sent when a connection appears.</source>
        <translation>Imekamilishwa. Itatumwa mtandao ukipatikana.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1076"/>
        <source>Choose a file…</source>
        <translation>Chagua faili…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1077"/>
        <source>OK</source>
        <translation>Sawa</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1078"/>
        <source>Type a whole number.</source>
        <translation>Andika namba kamili.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1079"/>
        <source>Type a number.</source>
        <translation>Andika namba.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1081"/>
        <source>“{typed}” could be {first} or {second}. Type {first} or {second}, as you mean it.</source>
        <translation>“{typed}” inaweza kuwa {first} au {second}. Andika {first} au {second}, kulingana na unachomaanisha.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1084"/>
        <source>“{typed}”: a comma is not a decimal mark here. For {value}, type {value}.</source>
        <translation>“{typed}”: hapa koma si alama ya desimali. Kwa {value}, andika {value}.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1086"/>
        <source>Too many digits to keep exactly.</source>
        <translation>Tarakimu ni nyingi mno kuhifadhiwa kwa usahihi.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1087"/>
        <source>Will be stored as {value}.</source>
        <translation>Itahifadhiwa kama {value}.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1088"/>
        <source>No choice has the code {code}.</source>
        <translation>Hakuna chaguo lenye msimbo {code}.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1089"/>
        <source>Type a date as YYYY-MM-DD (F4 opens a calendar).</source>
        <translation>Andika tarehe kama YYYY-MM-DD (F4 hufungua kalenda).</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1090"/>
        <source>Type a time as HH:MM.</source>
        <translation>Andika saa kama HH:MM.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1091"/>
        <source>Type a date and time as YYYY-MM-DD HH:MM.</source>
        <translation>Andika tarehe na saa kama YYYY-MM-DD HH:MM.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1092"/>
        <source>Latitude</source>
        <translation>Latitudo</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1093"/>
        <source>Longitude</source>
        <translation>Longitudo</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1094"/>
        <source>Accuracy (m)</source>
        <translation>Usahihi (m)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1095"/>
        <source>Latitude and longitude are numbers, e.g. 3.7194 and 34.8567.</source>
        <translation>Latitudo na longitudo ni namba, kwa mfano 3.7194 na 34.8567.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1096"/>
        <source>Latitude is between -90 and 90.</source>
        <translation>Latitudo iko kati ya -90 na 90.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1097"/>
        <source>Longitude is between -180 and 180.</source>
        <translation>Longitudo iko kati ya -180 na 180.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1098"/>
        <source>Accuracy is a positive number of metres.</source>
        <translation>Usahihi ni namba chanya ya mita.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1125"/>
        <source>Install a form</source>
        <translation>Sakinisha fomu</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1127"/>
        <source>XLSForms (*.xlsx *.xls)</source>
        <translation>XLSForm (*.xlsx *.xls)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1144"/>
        <source>Installed {title}, version {version}.</source>
        <translation>Imesakinishwa {title}, toleo {version}.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1146"/>
        <source>{title}, version {version}, was already installed.</source>
        <translation>{title}, toleo {version}, ilikuwa imeshasakinishwa.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1158"/>
        <source>The form was not installed</source>
        <translation>Fomu haikusakinishwa</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../messages.py" line="37"/>
        <source>{name} is not a Daftari bundle (or it was cut short): nothing was kept.</source>
        <translation>{name} si kifurushi cha Daftari (au kimekatika): hakuna kilichohifadhiwa.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="41"/>
        <source>{name} was brought to this computer before: it is not kept twice.</source>
        <translation>{name} ililetwa kwenye kompyuta hii kabla: haihifadhiwi mara mbili.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="46"/>
        <source>{name} is not a private key (a PEM file, as ODK&apos;s key tools write it).</source>
        <translation>{name} si ufunguo wa siri (faili ya PEM, kama zana za funguo za ODK zinavyoiandika).</translation>
    </message>
    <message>
        <location filename="../messages.py" line="50"/>
        <source>That passphrase does not open {name}.</source>
        <translation>Kaulisiri hiyo haifungui {name}.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="56"/>
        <source>{name} is no longer in the list {list} on this computer: it was closed or moved to another site. Ask your supervisor; sync first if you have not today.</source>
        <translation>{name} haimo tena kwenye orodha {list} katika kompyuta hii: imefungwa au imehamishiwa kituo kingine. Muulize msimamizi wako; sawazisha kwanza kama hujafanya leo.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="65"/>
        <source>A password needs at least {n} characters.</source>
        <translation>Nenosiri lazima liwe na angalau herufi {n}.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="74"/>
        <source>{name} holds submissions for the server, not updates from it: bring it to a computer that syncs (Daftari → Bring a bundle from a USB stick).</source>
        <translation>{name} ina fomu za kupeleka kwenye seva, si masasisho kutoka kwake: ipeleke kwenye kompyuta inayosawazisha (Daftari → Leta kifurushi kutoka kwenye USB).</translation>
    </message>
    <message>
        <location filename="../messages.py" line="79"/>
        <source>{name} was made for another computer: ask the office for updates made for this one. Nothing was applied.</source>
        <translation>{name} ilitengenezwa kwa kompyuta nyingine: omba ofisi masasisho ya kompyuta hii. Hakuna kilichotumika.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="84"/>
        <source>{name} cannot be read: nothing was applied.</source>
        <translation>{name} haiwezi kusomwa: hakuna kilichotumika.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="89"/>
        <source>{name} is not updates from the server, or it was damaged or changed on the way: nothing was applied.</source>
        <translation>{name} si masasisho kutoka kwenye seva, au iliharibika au ilibadilishwa njiani: hakuna kilichotumika.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="101"/>
        <source>That password is not right.</source>
        <translation>Nenosiri hilo si sahihi.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="102"/>
        <source>There is no such user on this computer.</source>
        <translation>Hakuna mtumiaji kama huyo kwenye kompyuta hii.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="105"/>
        <source>This profile is disabled: ask this computer&apos;s administrator.</source>
        <translation>Wasifu huu umezuiwa: muulize msimamizi wa kompyuta hii.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="108"/>
        <source>This is a plain {plain} address on the internet: your password and the answers would cross it unencrypted. Use the server&apos;s {secure} address.</source>
        <translation>Hii ni anwani ya {plain} ya kawaida kwenye intaneti: nenosiri lako na majibu yangepita bila kusimbwa. Tumia anwani ya {secure} ya seva.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="113"/>
        <source>A server address starts with {plain} or {secure}.</source>
        <translation>Anwani ya seva huanza na {plain} au {secure}.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="116"/>
        <source>Say what to correct before sending it back: a comment on the whole, or on an answer (Enter on it).</source>
        <translation>Sema cha kusahihisha kabla ya kurudisha: maoni kuhusu yote, au kuhusu jibu (Enter juu yake).</translation>
    </message>
    <message>
        <location filename="../messages.py" line="121"/>
        <source>A comment is at most 4,000 characters, and 2,000 on one answer.</source>
        <translation>Maoni ni herufi 4,000 zaidi, na 2,000 kwa jibu moja.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="125"/>
        <source>The server&apos;s checks refused this revision (it breaks the form&apos;s rules): it can only be sent back.</source>
        <translation>Ukaguzi wa seva ulikataa toleo hili (linavunja kanuni za fomu): linaweza kurudishwa tu.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="130"/>
        <source>The quality checks flagged this submission: to approve it, say in the comment why it stands.</source>
        <translation>Ukaguzi wa ubora umealamisha uwasilishaji huu: ili kuuidhinisha, eleza kwenye maoni kwa nini unakubalika.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="135"/>
        <source>The Secretariat has decided on this revision: the site decides again on the next one.</source>
        <translation>Sekretarieti imeamua kuhusu toleo hili: kituo kitaamua tena kwenye toleo lijalo.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="139"/>
        <source>No connection to the server: check the address and the network. Sync will try again by itself.</source>
        <translation>Hakuna muunganisho na seva: angalia anwani na mtandao. Usawazishaji utajaribu tena wenyewe.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="144"/>
        <source>The server refused this account name or password.</source>
        <translation>Seva imekataa jina hili la akaunti au nenosiri.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="147"/>
        <source>Something that is not a Daftari server answered: a Wi-Fi login page or a proxy may be in the way.</source>
        <translation>Kilichojibu si seva ya Daftari: huenda ukurasa wa kuingia wa Wi-Fi au proksi unazuia njia.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="152"/>
        <source>This address does not answer as ODK Central or KoboToolbox do (no form list came back): check it, as ODK Collect would be given it. A Wi-Fi login page or a proxy may be in the way.</source>
        <translation>Anwani hii haijibu kama ODK Central au KoboToolbox (hakuna orodha ya fomu iliyorudi): ikague, kama ODK Collect ingepewa. Ukurasa wa kuingia wa Wi-Fi au proksi huenda unazuia.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="158"/>
        <source>No form list came back from this address: check it, as ODK Collect would be given it (an ODK Central address ends with /projects/ and a number).</source>
        <translation>Hakuna orodha ya fomu iliyorudi kutoka anwani hii: ikague, kama ODK Collect ingepewa (anwani ya ODK Central inaishia na /projects/ na namba).</translation>
    </message>
    <message>
        <location filename="../messages.py" line="163"/>
        <source>The server failed. Sync will try again by itself.</source>
        <translation>Seva imepata hitilafu. Usawazishaji utajaribu tena wenyewe.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="166"/>
        <source>The sync did not finish. It will try again by itself.</source>
        <translation>Usawazishaji haukukamilika. Utajaribu tena wenyewe.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="169"/>
        <source>The disk is full: nothing new can be saved. Your earlier answers are safe; free some space.</source>
        <translation>Diski imejaa: hakuna kitu kipya kinachoweza kuhifadhiwa. Majibu yako ya awali yako salama; futa vitu visivyohitajika ili kupata nafasi.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="195"/>
        <source>A newer revision of this submission reached the server since it was looked at here: look at the new one, then decide again.</source>
        <translation>Toleo jipya la uwasilishaji huu limefika kwenye seva tangu lilipoangaliwa hapa: liangalie jipya, kisha uamue tena.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="200"/>
        <source>It changed on the server meanwhile: look at it again, then try again.</source>
        <translation>Imebadilika kwenye seva wakati huo: iangalie tena, kisha ujaribu tena.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="205"/>
        <source>The server does not let your account do this: ask whoever runs the server to check your account&apos;s role.</source>
        <translation>Seva hairuhusu akaunti yako kufanya hivi: muulize anayeendesha seva aangalie jukumu la akaunti yako.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="211"/>
        <source>The server has nothing of that for your account: it may be another site&apos;s, or no longer there.</source>
        <translation>Seva haina kitu hicho kwa akaunti yako: huenda ni cha kituo kingine, au hakipo tena.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="219"/>
        <source>The server could not take this decision as it was made (a comment, or an answer commented on, it cannot keep): open the submission and decide again.</source>
        <translation>Seva haikuweza kupokea uamuzi huu kama ulivyofanywa (maoni, au jibu lililotolewa maoni, ambalo haiwezi kuhifadhi): fungua uwasilishaji na uamue tena.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="227"/>
        <source>Too many attempts at once: wait a few minutes, then try again.</source>
        <translation>Majaribio mengi mno kwa wakati mmoja: subiri dakika chache, kisha ujaribu tena.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="231"/>
        <source>That is more than the server takes at once.</source>
        <translation>Hiyo ni zaidi ya kile seva inachopokea kwa wakati mmoja.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="232"/>
        <source>The server refused this request.</source>
        <translation>Seva imekataa ombi hili.</translation>
    </message>
</context>
<context>
    <name>OpenAssignmentsModel</name>
    <message>
        <location filename="../assignment_models.py" line="51"/>
        <source>Household or work</source>
        <translation>Kaya au kazi</translation>
    </message>
    <message>
        <location filename="../assignment_models.py" line="52"/>
        <source>Enumerator</source>
        <translation>Mdadisi</translation>
    </message>
    <message>
        <location filename="../assignment_models.py" line="53"/>
        <source>Form</source>
        <translation>Fomu</translation>
    </message>
    <message>
        <location filename="../assignment_models.py" line="54"/>
        <source>Done</source>
        <translation>Zimefanyika</translation>
    </message>
    <message>
        <location filename="../assignment_models.py" line="55"/>
        <source>Left</source>
        <translation>Zimebaki</translation>
    </message>
    <message>
        <location filename="../assignment_models.py" line="56"/>
        <source>Site</source>
        <translation>Kituo</translation>
    </message>
    <message>
        <location filename="../assignment_models.py" line="80"/>
        <source>{zone}: {n} new registration(s)</source>
        <translation>{zone}: usajili mpya {n}</translation>
    </message>
    <message>
        <location filename="../assignment_models.py" line="81"/>
        <source>{n} new registration(s)</source>
        <translation>Usajili mpya {n}</translation>
    </message>
    <message>
        <location filename="../assignment_models.py" line="126"/>
        <source>{title} — given by {who}, {when}</source>
        <translation>{title} — imetolewa na {who}, {when}</translation>
    </message>
</context>
<context>
    <name>OpenRosaDialog</name>
    <message>
        <location filename="../openrosa_dialog.py" line="29"/>
        <source>Connect to ODK Central or KoboToolbox</source>
        <translation>Unganisha na ODK Central au KoboToolbox</translation>
    </message>
    <message>
        <location filename="../openrosa_dialog.py" line="41"/>
        <source>The address ODK Collect would be given. An ODK Central app user&apos;s address needs no account or password; a Central web user&apos;s needs the e-mail and password; a KoboToolbox account&apos;s the user name and password. Its forms are installed here and their submissions go there.</source>
        <translation>Anwani ambayo ODK Collect ingepewa. Anwani ya mtumiaji wa programu wa ODK Central haihitaji akaunti wala nenosiri; ya mtumiaji wa wavuti wa Central inahitaji barua pepe na nenosiri; ya akaunti ya KoboToolbox jina la mtumiaji na nenosiri. Fomu zake zinasakinishwa hapa na majibu yake yanaenda huko.</translation>
    </message>
    <message>
        <location filename="../openrosa_dialog.py" line="60"/>
        <source>Server &amp;address:</source>
        <translation>&amp;Anwani ya seva:</translation>
    </message>
    <message>
        <location filename="../openrosa_dialog.py" line="63"/>
        <source>Send over plain http anyway (I know the risk)</source>
        <translation>Tuma kwa http ya kawaida hata hivyo (najua hatari)</translation>
    </message>
    <message>
        <location filename="../openrosa_dialog.py" line="66"/>
        <source>A&amp;ccount (if asked):</source>
        <translation>A&amp;kaunti (ikiombwa):</translation>
    </message>
    <message>
        <location filename="../openrosa_dialog.py" line="67"/>
        <source>&amp;Password:</source>
        <translation>&amp;Nenosiri:</translation>
    </message>
    <message>
        <location filename="../openrosa_dialog.py" line="95"/>
        <source>Connecting…</source>
        <translation>Inaunganisha…</translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <location filename="../overview.py" line="27"/>
        <source>Question</source>
        <translation>Swali</translation>
    </message>
    <message>
        <location filename="../overview.py" line="27"/>
        <source>Answer</source>
        <translation>Jibu</translation>
    </message>
    <message>
        <location filename="../overview.py" line="27"/>
        <source>State</source>
        <translation>Hali</translation>
    </message>
    <message>
        <location filename="../overview.py" line="28"/>
        <source>Overview of the form</source>
        <translation>Muhtasari wa fomu</translation>
    </message>
    <message>
        <location filename="../overview.py" line="69"/>
        <source>note</source>
        <translation>maelezo</translation>
    </message>
    <message>
        <location filename="../overview.py" line="73"/>
        <source>⚠ invalid</source>
        <translation>⚠ si sahihi</translation>
    </message>
    <message>
        <location filename="../overview.py" line="75"/>
        <source>✓ answered</source>
        <translation>✓ imejibiwa</translation>
    </message>
    <message>
        <location filename="../overview.py" line="77"/>
        <source>○ required</source>
        <translation>○ inahitajika</translation>
    </message>
    <message>
        <location filename="../overview.py" line="79"/>
        <source>○ unanswered</source>
        <translation>○ haijajibiwa</translation>
    </message>
</context>
<context>
    <name>ProgressModel</name>
    <message>
        <location filename="../assignment_models.py" line="272"/>
        <source>Enumerator</source>
        <translation>Mdadisi</translation>
    </message>
    <message>
        <location filename="../assignment_models.py" line="273"/>
        <source>Assignments</source>
        <translation>Kazi</translation>
    </message>
    <message>
        <location filename="../assignment_models.py" line="274"/>
        <source>Expected</source>
        <translation>Zinazotarajiwa</translation>
    </message>
    <message>
        <location filename="../assignment_models.py" line="275"/>
        <source>Done</source>
        <translation>Zimefanyika</translation>
    </message>
    <message>
        <location filename="../assignment_models.py" line="276"/>
        <source>Left</source>
        <translation>Zimebaki</translation>
    </message>
    <message>
        <location filename="../assignment_models.py" line="277"/>
        <source>Site</source>
        <translation>Kituo</translation>
    </message>
    <message>
        <location filename="../assignment_models.py" line="291"/>
        <source>All of {site}</source>
        <translation>Kituo chote cha {site}</translation>
    </message>
    <message>
        <location filename="../assignment_models.py" line="309"/>
        <source>Nobody has open work: Assign… gives the site&apos;s enumerators and clerks some.</source>
        <translation>Hakuna mwenye kazi inayoendelea: Gawa kazi… huwapa wadadisi na makarani wa kituo kazi.</translation>
    </message>
</context>
<context>
    <name>QualityView</name>
    <message>
        <location filename="../quality_view.py" line="173"/>
        <source>Quality of the work</source>
        <translation>Ubora wa kazi</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="182"/>
        <source>&amp;Form:</source>
        <translation>&amp;Fomu:</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="192"/>
        <source>every site</source>
        <translation>vituo vyote</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="194"/>
        <source>Site</source>
        <translation>Kituo</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="196"/>
        <source>S&amp;ite:</source>
        <translation>&amp;Kituo:</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="198"/>
        <source>&amp;Read (F5)</source>
        <translation>&amp;Soma (F5)</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="215"/>
        <source>&amp;Enumerators</source>
        <translation>&amp;Wadadisi</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="216"/>
        <source>&amp;Map</source>
        <translation>&amp;Ramani</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="217"/>
        <source>C&amp;hecks</source>
        <translation>&amp;Ukaguzi</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="227"/>
        <source>This computer is not connected to a server: connect it first.</source>
        <translation>Kompyuta hii haijaunganishwa na seva: iunganishe kwanza.</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="235"/>
        <source>Day</source>
        <translation>Siku</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="236"/>
        <source>Enumerator</source>
        <translation>Mdadisi</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="237"/>
        <location filename="../quality_view.py" line="260"/>
        <source>Interviews</source>
        <translation>Mahojiano</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="238"/>
        <location filename="../quality_view.py" line="254"/>
        <source>Median minutes</source>
        <translation>Dakika za kati</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="239"/>
        <location filename="../quality_view.py" line="255"/>
        <source>Flagged</source>
        <translation>Yamealamishwa</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="240"/>
        <location filename="../quality_view.py" line="256"/>
        <source>Sent back</source>
        <translation>Yamerudishwa</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="241"/>
        <location filename="../quality_view.py" line="257"/>
        <source>Don&apos;t know</source>
        <translation>Sijui</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="242"/>
        <location filename="../quality_view.py" line="258"/>
        <source>Refused</source>
        <translation>Amekataa kujibu</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="243"/>
        <location filename="../quality_view.py" line="259"/>
        <source>Roster size</source>
        <translation>Idadi ya wanakaya</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="244"/>
        <source>Timed</source>
        <translation>Yamepimwa muda</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="250"/>
        <source>Per enumerator and day</source>
        <translation>Kwa kila mdadisi na siku</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="264"/>
        <source>Char&amp;t of:</source>
        <translation>&amp;Chati ya:</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="285"/>
        <source>Map of the site</source>
        <translation>Ramani ya kituo</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="286"/>
        <source>No areas and no points yet: Read (F5).</source>
        <translation>Bado hakuna maeneo wala nukta: Soma (F5).</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="288"/>
        <source>by enumerator</source>
        <translation>kwa mdadisi</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="289"/>
        <source>by flag (red: flagged)</source>
        <translation>kwa alama (nyekundu: yamealamishwa)</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="291"/>
        <source>&amp;Colour:</source>
        <translation>Ra&amp;ngi:</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="296"/>
        <source>Arrows move, + and − zoom, 0 shows all.</source>
        <translation>Mishale husogeza, + na − hukuza na kupunguza, 0 huonyesha yote.</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="313"/>
        <source>Name</source>
        <translation>Jina</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="314"/>
        <source>Check</source>
        <translation>Ukaguzi</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="315"/>
        <source>Field</source>
        <translation>Swali</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="316"/>
        <source>Parameters</source>
        <translation>Vigezo</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="317"/>
        <source>From</source>
        <translation>Chanzo</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="323"/>
        <source>The form&apos;s checks</source>
        <translation>Ukaguzi wa fomu</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="330"/>
        <source>a question&apos;s name, e.g. hh_size</source>
        <translation>jina la swali, k.m. hh_size</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="336"/>
        <source>&amp;Name:</source>
        <translation>&amp;Jina:</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="337"/>
        <source>Chec&amp;k:</source>
        <translation>Uka&amp;guzi:</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="338"/>
        <source>Q&amp;uestion:</source>
        <translation>Swa&amp;li:</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="339"/>
        <source>&amp;Parameters:</source>
        <translation>&amp;Vigezo:</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="340"/>
        <source>Me&amp;ssage:</source>
        <translation>Ujum&amp;be:</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="345"/>
        <source>&amp;Add the check</source>
        <translation>&amp;Ongeza ukaguzi</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="347"/>
        <source>&amp;Take the chosen check away</source>
        <translation>&amp;Toa ukaguzi uliochaguliwa</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="375"/>
        <source>Reading from the server…</source>
        <translation>Inasoma kutoka kwenye seva…</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="403"/>
        <source>{points} interviews on the map, {flagged} of them flagged.</source>
        <translation>Mahojiano {points} kwenye ramani, {flagged} kati yake yamealamishwa.</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="409"/>
        <source>Team</source>
        <translation>Timu</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="418"/>
        <source>every day</source>
        <translation>siku zote</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="471"/>
        <source>flagged</source>
        <translation>yamealamishwa</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="471"/>
        <source>not flagged</source>
        <translation>hayajaalamishwa</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="487"/>
        <source>the form</source>
        <translation>fomu</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="487"/>
        <source>a supervisor</source>
        <translation>msimamizi</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="512"/>
        <source>The check was added; the flags follow within a minute.</source>
        <translation>Ukaguzi umeongezwa; alama zitafuata ndani ya dakika moja.</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="532"/>
        <source>The check was taken away.</source>
        <translation>Ukaguzi umeondolewa.</translation>
    </message>
</context>
<context>
    <name>QuestionBox</name>
    <message>
        <location filename="../question_box.py" line="76"/>
        <source>Reviewer: {comment}</source>
        <translation>Mkaguzi: {comment}</translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <location filename="../reassign_dialog.py" line="111"/>
        <source>Reassign</source>
        <translation>Hamisha kazi</translation>
    </message>
    <message>
        <location filename="../reassign_dialog.py" line="117"/>
        <source> and {n} more</source>
        <translation> na {n} zaidi</translation>
    </message>
    <message>
        <location filename="../reassign_dialog.py" line="119"/>
        <source>Give {n} assignment(s) to someone else: {titles}</source>
        <translation>Kabidhi mtu mwingine kazi {n}: {titles}</translation>
    </message>
    <message>
        <location filename="../reassign_dialog.py" line="125"/>
        <source>Give to</source>
        <translation>Kabidhi kwa</translation>
    </message>
    <message>
        <location filename="../reassign_dialog.py" line="126"/>
        <source>Reading who works at the site…</source>
        <translation>Inasoma wanaofanya kazi katika kituo…</translation>
    </message>
    <message>
        <location filename="../reassign_dialog.py" line="127"/>
        <source>&amp;Give to:</source>
        <translation>&amp;Kabidhi kwa:</translation>
    </message>
    <message>
        <location filename="../reassign_dialog.py" line="131"/>
        <source>What happened</source>
        <translation>Kilichotokea</translation>
    </message>
    <message>
        <location filename="../reassign_dialog.py" line="148"/>
        <source>&amp;Reassign</source>
        <translation>&amp;Hamisha</translation>
    </message>
    <message>
        <location filename="../reassign_dialog.py" line="155"/>
        <source>Nobody else at this site can be given work</source>
        <translation>Hakuna mtu mwingine katika kituo hiki anayeweza kupewa kazi</translation>
    </message>
    <message>
        <location filename="../reassign_dialog.py" line="168"/>
        <source>Choose who does the work.</source>
        <translation>Chagua atakayefanya kazi.</translation>
    </message>
    <message>
        <location filename="../reassign_dialog.py" line="173"/>
        <source>Sending to the server…</source>
        <translation>Inatuma kwa seva…</translation>
    </message>
    <message>
        <location filename="../reassign_dialog.py" line="201"/>
        <source>{title}: {why}</source>
        <translation>{title}: {why}</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <location filename="../review.py" line="91"/>
        <location filename="../review.py" line="177"/>
        <source>Received</source>
        <translation>Yamepokelewa</translation>
    </message>
    <message>
        <location filename="../review.py" line="92"/>
        <source>Corrected</source>
        <translation>Yamesahihishwa</translation>
    </message>
    <message>
        <location filename="../review.py" line="93"/>
        <source>Sent back</source>
        <translation>Yamerudishwa</translation>
    </message>
    <message>
        <location filename="../review.py" line="94"/>
        <source>Approved by the site</source>
        <translation>Yameidhinishwa na kituo</translation>
    </message>
    <message>
        <location filename="../review.py" line="95"/>
        <source>Approved</source>
        <translation>Yameidhinishwa</translation>
    </message>
    <message>
        <location filename="../review.py" line="106"/>
        <location filename="../review.py" line="186"/>
        <source>Submissions to review</source>
        <translation>Majibu ya kukagua</translation>
    </message>
    <message>
        <location filename="../review.py" line="112"/>
        <source>Every state</source>
        <translation>Hali zote</translation>
    </message>
    <message>
        <location filename="../review.py" line="116"/>
        <source>Every enumerator</source>
        <translation>Wadadisi wote</translation>
    </message>
    <message>
        <location filename="../review.py" line="120"/>
        <source>Every form</source>
        <translation>Fomu zote</translation>
    </message>
    <message>
        <location filename="../review.py" line="125"/>
        <source>Flagged or not</source>
        <translation>Yamealamishwa au la</translation>
    </message>
    <message>
        <location filename="../review.py" line="126"/>
        <source>Flagged by the checks</source>
        <translation>Yamealamishwa na ukaguzi</translation>
    </message>
    <message>
        <location filename="../review.py" line="127"/>
        <source>Not flagged</source>
        <translation>Hayajaalamishwa</translation>
    </message>
    <message>
        <location filename="../review.py" line="129"/>
        <source>Every site</source>
        <translation>Vituo vyote</translation>
    </message>
    <message>
        <location filename="../review.py" line="135"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../review.py" line="149"/>
        <source>&amp;State</source>
        <translation>&amp;Hali</translation>
    </message>
    <message>
        <location filename="../review.py" line="150"/>
        <source>&amp;Enumerator</source>
        <translation>Mdad&amp;isi</translation>
    </message>
    <message>
        <location filename="../review.py" line="151"/>
        <source>F&amp;orm</source>
        <translation>F&amp;omu</translation>
    </message>
    <message>
        <location filename="../review.py" line="152"/>
        <source>Fla&amp;gs</source>
        <translation>&amp;Alama</translation>
    </message>
    <message>
        <location filename="../review.py" line="155"/>
        <source>S&amp;ite</source>
        <translation>&amp;Kituo</translation>
    </message>
    <message>
        <location filename="../review.py" line="157"/>
        <source>&amp;Received from</source>
        <translation>&amp;Yalipokelewa kuanzia</translation>
    </message>
    <message>
        <location filename="../review.py" line="158"/>
        <source>to</source>
        <translation>hadi</translation>
    </message>
    <message>
        <location filename="../review.py" line="173"/>
        <source>Title</source>
        <translation>Kichwa</translation>
    </message>
    <message>
        <location filename="../review.py" line="174"/>
        <source>Form</source>
        <translation>Fomu</translation>
    </message>
    <message>
        <location filename="../review.py" line="175"/>
        <source>Enumerator</source>
        <translation>Mdadisi</translation>
    </message>
    <message>
        <location filename="../review.py" line="176"/>
        <source>Site</source>
        <translation>Kituo</translation>
    </message>
    <message>
        <location filename="../review.py" line="178"/>
        <source>Revision</source>
        <translation>Toleo</translation>
    </message>
    <message>
        <location filename="../review.py" line="179"/>
        <source>State</source>
        <translation>Hali</translation>
    </message>
    <message>
        <location filename="../review.py" line="180"/>
        <source>Keyed by</source>
        <translation>Imeingizwa na</translation>
    </message>
    <message>
        <location filename="../review.py" line="181"/>
        <source>Flags</source>
        <translation>Alama</translation>
    </message>
    <message>
        <location filename="../review.py" line="198"/>
        <source>Household &amp;conflicts…</source>
        <translation>Mi&amp;gongano ya kaya…</translation>
    </message>
    <message>
        <location filename="../review.py" line="231"/>
        <source>Type a date as YYYY-MM-DD, e.g. 2026-11-30.</source>
        <translation>Andika tarehe kama YYYY-MM-DD, mfano 2026-11-30.</translation>
    </message>
    <message>
        <location filename="../review.py" line="244"/>
        <source>{state} (to send)</source>
        <translation>{state} (itatumwa)</translation>
    </message>
    <message>
        <location filename="../review.py" line="246"/>
        <source>{state} ⚠ not accepted</source>
        <translation>{state} ⚠ haikukubaliwa</translation>
    </message>
    <message numerus="yes">
        <location filename="../review.py" line="263"/>
        <source>%n flag(s) of the quality checks</source>
        <translation>
            <numerusform>alama %n ya ukaguzi wa ubora</numerusform>
            <numerusform>alama %n za ukaguzi wa ubora</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../review.py" line="275"/>
        <source>flagged by the checks: {count}</source>
        <translation>yamealamishwa na ukaguzi: {count}</translation>
    </message>
    <message>
        <location filename="../review.py" line="280"/>
        <source>Nothing to review here. Submissions of your site come at each sync (F5).</source>
        <translation>Hakuna cha kukagua hapa. Majibu ya kituo chako huja kila usawazishaji (F5).</translation>
    </message>
</context>
<context>
    <name>SecretariatView</name>
    <message>
        <location filename="../secretariat.py" line="129"/>
        <source>Approved</source>
        <translation>Yameidhinishwa</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="130"/>
        <source>Every state</source>
        <translation>Hali zote</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="131"/>
        <source>Approved by the site</source>
        <translation>Yameidhinishwa na kituo</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="132"/>
        <source>Received</source>
        <translation>Yamepokelewa</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="133"/>
        <source>Corrected</source>
        <translation>Yamesahihishwa</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="134"/>
        <source>Sent back</source>
        <translation>Yamerudishwa</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="141"/>
        <source>&amp;Indicators</source>
        <translation>&amp;Viashiria</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="142"/>
        <source>D&amp;ata</source>
        <translation>D&amp;ata</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="143"/>
        <source>D&amp;uplicates</source>
        <translation>Na&amp;kala</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="144"/>
        <source>E&amp;xport</source>
        <translation>&amp;Hamisha</translation>
    </message>
</context>
<context>
    <name>SubmissionReview</name>
    <message>
        <location filename="../review.py" line="346"/>
        <source>Form &amp;language</source>
        <translation>&amp;Lugha ya fomu</translation>
    </message>
    <message>
        <location filename="../review.py" line="360"/>
        <source>Values kept as written on the paper</source>
        <translation>Thamani zilizohifadhiwa kama zilivyoandikwa kwenye karatasi</translation>
    </message>
    <message>
        <location filename="../review.py" line="368"/>
        <source>Flags of the quality checks</source>
        <translation>Alama za ukaguzi wa ubora</translation>
    </message>
    <message>
        <location filename="../review.py" line="372"/>
        <source>Question</source>
        <translation>Swali</translation>
    </message>
    <message>
        <location filename="../review.py" line="372"/>
        <source>Answer</source>
        <translation>Jibu</translation>
    </message>
    <message>
        <location filename="../review.py" line="372"/>
        <source>Your comment on the answer</source>
        <translation>Maoni yako kuhusu jibu</translation>
    </message>
    <message>
        <location filename="../review.py" line="374"/>
        <source>Answers</source>
        <translation>Majibu</translation>
    </message>
    <message>
        <location filename="../review.py" line="399"/>
        <source>&amp;Comment on the whole submission</source>
        <translation>Ma&amp;oni kuhusu majibu yote</translation>
    </message>
    <message>
        <location filename="../review.py" line="413"/>
        <source>&amp;Approve</source>
        <translation>&amp;Idhinisha</translation>
    </message>
    <message>
        <location filename="../review.py" line="414"/>
        <source>Send &amp;back for correction</source>
        <translation>&amp;Rudisha kwa marekebisho</translation>
    </message>
    <message>
        <location filename="../review.py" line="415"/>
        <source>Back to the list (Esc)</source>
        <translation>Rudi kwenye orodha (Esc)</translation>
    </message>
    <message>
        <location filename="../review.py" line="485"/>
        <source>Details from the server: {detail}</source>
        <translation>Maelezo kutoka seva: {detail}</translation>
    </message>
    <message>
        <location filename="../review.py" line="497"/>
        <source>The quality checks flagged this submission. To approve it, say in the comment why it stands:</source>
        <translation>Ukaguzi wa ubora umealamisha majibu haya. Ili kuyaidhinisha, eleza kwenye maoni kwa nini yanakubalika:</translation>
    </message>
    <message>
        <location filename="../review.py" line="531"/>
        <source>{form}, version {version}</source>
        <translation>{form}, toleo {version}</translation>
    </message>
    <message>
        <location filename="../review.py" line="535"/>
        <source>Enumerator: {name} · Site: {site}</source>
        <translation>Mdadisi: {name} · Kituo: {site}</translation>
    </message>
    <message>
        <location filename="../review.py" line="539"/>
        <source>Received {when} · revision {revision} · {state}</source>
        <translation>Yalipokelewa {when} · toleo {revision} · {state}</translation>
    </message>
    <message>
        <location filename="../review.py" line="547"/>
        <source>Keyed from paper questionnaire {number} (interviewed {date}) by {clerk}</source>
        <translation>Imeingizwa kutoka dodoso la karatasi {number} (mahojiano {date}) na {clerk}</translation>
    </message>
    <message>
        <location filename="../review.py" line="556"/>
        <source>{count} answers changed since the revision before (marked).</source>
        <translation>Majibu {count} yamebadilika tangu toleo lililopita (yamewekwa alama).</translation>
    </message>
    <message>
        <location filename="../review.py" line="458"/>
        <source>Default</source>
        <translation>Chaguo-msingi</translation>
    </message>
    <message>
        <location filename="../review.py" line="563"/>
        <source>The server&apos;s checks refused this revision:</source>
        <translation>Ukaguzi wa seva ulikataa toleo hili:</translation>
    </message>
    <message>
        <location filename="../review.py" line="567"/>
        <source>Sent back by {who} on {when}</source>
        <translation>Imerudishwa na {who} tarehe {when}</translation>
    </message>
    <message>
        <location filename="../review.py" line="569"/>
        <source>Approved by {who} on {when}</source>
        <translation>Imeidhinishwa na {who} tarehe {when}</translation>
    </message>
    <message>
        <location filename="../review.py" line="477"/>
        <source>The server did not accept the last decision made here: {why}</source>
        <translation>Seva haikukubali uamuzi wa mwisho uliofanywa hapa: {why}</translation>
    </message>
    <message>
        <location filename="../review.py" line="578"/>
        <source>The paper&apos;s value stands: {question} = {value}</source>
        <translation>Thamani ya karatasi inabaki: {question} = {value}</translation>
    </message>
    <message>
        <location filename="../review.py" line="600"/>
        <source>{question} — kept as on paper: {value}</source>
        <translation>{question} — imehifadhiwa kama kwenye karatasi: {value}</translation>
    </message>
    <message>
        <location filename="../review.py" line="605"/>
        <source>rule: {rule}</source>
        <translation>kanuni: {rule}</translation>
    </message>
    <message>
        <location filename="../review.py" line="607"/>
        <source>note: {note}</source>
        <translation>maelezo: {note}</translation>
    </message>
    <message>
        <location filename="../review.py" line="610"/>
        <source>confirmed by {who} on {when}</source>
        <translation>imethibitishwa na {who} tarehe {when}</translation>
    </message>
    <message>
        <location filename="../review.py" line="615"/>
        <source>not confirmed yet: the indicators leave it out</source>
        <translation>bado haijathibitishwa: viashiria havijaihesabu</translation>
    </message>
    <message>
        <location filename="../review.py" line="622"/>
        <source>{answer} — kept as on paper, confirmed</source>
        <translation>{answer} — imehifadhiwa kama kwenye karatasi, imethibitishwa</translation>
    </message>
    <message>
        <location filename="../review.py" line="624"/>
        <source>{answer} — kept as on paper</source>
        <translation>{answer} — imehifadhiwa kama kwenye karatasi</translation>
    </message>
    <message>
        <location filename="../review.py" line="632"/>
        <source>The &amp;paper&apos;s value stands: {question} = {value}</source>
        <translation>Thamani ya &amp;karatasi inabaki: {question} = {value}</translation>
    </message>
    <message>
        <location filename="../review.py" line="710"/>
        <source>Changed in this revision</source>
        <translation>Imebadilika katika toleo hili</translation>
    </message>
    <message>
        <location filename="../review.py" line="759"/>
        <source>{state}. The decision goes to the server at the next sync.</source>
        <translation>{state}. Uamuzi utatumwa kwa seva katika usawazishaji ujao.</translation>
    </message>
</context>
<context>
    <name>SyncLabel</name>
    <message>
        <location filename="../sync_status.py" line="56"/>
        <source>{n} waiting to send</source>
        <translation>{n} zinasubiri kutumwa</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="58"/>
        <source>{n} finalized sending while locked</source>
        <translation>{n} zilizokamilishwa zinatumwa ikiwa imefungwa</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="61"/>
        <source>{n} of other users: sent when they sync</source>
        <translation>{n} za watumiaji wengine: zitatumwa watakaposawazisha</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="65"/>
        <source>{n} submissions to review received</source>
        <translation>Majibu {n} ya kukagua yamepokelewa</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="68"/>
        <source>sending {step} {done}/{total}</source>
        <translation>inatuma {step} {done}/{total}</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="73"/>
        <source>syncing…</source>
        <translation>inasawazisha…</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="74"/>
        <source>{kb} kB sent</source>
        <translation>{kb} kB zimetumwa</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="77"/>
        <source>you are not connected to a server yet (Daftari → Connect to a server)</source>
        <translation>bado hujaunganishwa na seva (Daftari → Unganisha na seva)</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="80"/>
        <source>last sync {at}</source>
        <translation>usawazishaji wa mwisho {at}</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="92"/>
        <source>{n} carried bundle(s) refused: Daftari → Bundles brought from USB sticks</source>
        <translation>Vifurushi {n} vilivyobebwa vimekataliwa: Daftari → Vifurushi vilivyoletwa kutoka kwenye USB</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="104"/>
        <source>{n} sent</source>
        <translation>{n} zimetumwa</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="105"/>
        <source>{n} sent back by the server&apos;s checks</source>
        <translation>{n} zimerudishwa na ukaguzi wa seva</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="106"/>
        <source>{n} conflicting</source>
        <translation>{n} zinagongana</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="107"/>
        <source>{n} returned for correction</source>
        <translation>{n} zimerudishwa kusahihishwa</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="108"/>
        <source>{n} review decisions sent</source>
        <translation>maamuzi {n} ya ukaguzi yametumwa</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="109"/>
        <source>{n} to review</source>
        <translation>{n} za kukagua</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="110"/>
        <source>{n} carried bundle(s) delivered</source>
        <translation>vifurushi {n} vilivyobebwa vimefikishwa</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="122"/>
        <location filename="../sync_status.py" line="124"/>
        <source>no connection to the server</source>
        <translation>hakuna muunganisho na seva</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="126"/>
        <source>the server refused this computer&apos;s login: </source>
        <translation>seva imekataa kuingia kwa kompyuta hii: </translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="127"/>
        <source>sync stopped by an error: </source>
        <translation>usawazishaji umesimamishwa na hitilafu: </translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="135"/>
        <source>submissions</source>
        <translation>fomu</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="136"/>
        <source>attachments</source>
        <translation>viambatisho</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="137"/>
        <source>updates</source>
        <translation>masasisho</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="138"/>
        <source>bundles</source>
        <translation>vifurushi</translation>
    </message>
</context>
<context>
    <name>ToVisitView</name>
    <message>
        <location filename="../to_visit.py" line="44"/>
        <source>Household or work</source>
        <translation>Kaya au kazi</translation>
    </message>
    <message>
        <location filename="../to_visit.py" line="44"/>
        <source>Form</source>
        <translation>Fomu</translation>
    </message>
    <message>
        <location filename="../to_visit.py" line="44"/>
        <source>Done</source>
        <translation>Zimefanyika</translation>
    </message>
    <message>
        <location filename="../to_visit.py" line="44"/>
        <source>Left</source>
        <translation>Zimebaki</translation>
    </message>
    <message>
        <location filename="../to_visit.py" line="48"/>
        <source>To visit</source>
        <translation>Za kutembelea</translation>
    </message>
    <message>
        <location filename="../to_visit.py" line="61"/>
        <source>&amp;Open the visit (Enter)</source>
        <translation>Fungua &amp;ziara (Enter)</translation>
    </message>
    <message>
        <location filename="../to_visit.py" line="63"/>
        <source>&amp;History (Ctrl+H)</source>
        <translation>&amp;Historia (Ctrl+H)</translation>
    </message>
    <message>
        <location filename="../to_visit.py" line="65"/>
        <source>&amp;Print sheets…</source>
        <translation>&amp;Chapisha karatasi…</translation>
    </message>
    <message>
        <location filename="../to_visit.py" line="68"/>
        <source>A sheet for each household still to visit with this form, with its QR code: keying the filled sheet starts from the code.</source>
        <translation>Karatasi kwa kila kaya inayosubiri kutembelewa kwa fomu hii, na msimbo wake wa QR: kuingiza karatasi iliyojazwa huanza kwa msimbo huo.</translation>
    </message>
    <message>
        <location filename="../to_visit.py" line="101"/>
        <source>{title} (begun)</source>
        <translation>{title} (imeanzwa)</translation>
    </message>
    <message>
        <location filename="../to_visit.py" line="106"/>
        <source>done</source>
        <translation>imekamilika</translation>
    </message>
    <message>
        <location filename="../to_visit.py" line="118"/>
        <source>{left} left, {households} of them households to follow up</source>
        <translation>{left} zimebaki, {households} kati yake ni kaya za kufuatilia</translation>
    </message>
    <message>
        <location filename="../to_visit.py" line="122"/>
        <source>Nothing assigned to you. Your supervisor assigns work; it comes at sync.</source>
        <translation>Hujapewa kazi yoyote. Msimamizi wako hugawa kazi; inakuja wakati wa kusawazisha.</translation>
    </message>
</context>
<context>
    <name>UserForm</name>
    <message>
        <location filename="../users_dialog.py" line="189"/>
        <source>Add a user</source>
        <translation>Ongeza mtumiaji</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="189"/>
        <source>New password for {name}</source>
        <translation>Nenosiri jipya la {name}</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="198"/>
        <source>A&amp;dministrator (can add users and reset passwords)</source>
        <translation>&amp;Msimamizi (anaweza kuongeza watumiaji na kuweka upya manenosiri)</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="204"/>
        <source>&amp;Name:</source>
        <translation>&amp;Jina:</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="205"/>
        <source>&amp;Enumerator id:</source>
        <translation>&amp;Namba ya mdadisi:</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="206"/>
        <source>&amp;Site (city):</source>
        <translation>&amp;Eneo (mji):</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="207"/>
        <source>&amp;Password:</source>
        <translation>&amp;Nenosiri:</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="208"/>
        <source>&amp;Repeat the password:</source>
        <translation>&amp;Rudia nenosiri:</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="222"/>
        <source>A user needs a name.</source>
        <translation>Mtumiaji anahitaji jina.</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="225"/>
        <source>A password needs at least {n} characters.</source>
        <translation>Nenosiri lazima liwe na angalau herufi {n}.</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="229"/>
        <source>The two passwords are not the same.</source>
        <translation>Manenosiri mawili hayafanani.</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../users_dialog.py" line="37"/>
        <source>Users of this computer</source>
        <translation>Watumiaji wa kompyuta hii</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="41"/>
        <source>Name</source>
        <translation>Jina</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="41"/>
        <source>Enumerator id</source>
        <translation>Namba ya mdadisi</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="41"/>
        <source>Site</source>
        <translation>Eneo</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="41"/>
        <source>Role</source>
        <translation>Jukumu</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="43"/>
        <source>Users</source>
        <translation>Watumiaji</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="52"/>
        <source>&amp;Add a user…</source>
        <translation>&amp;Ongeza mtumiaji…</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="53"/>
        <source>&amp;New password…</source>
        <translation>&amp;Nenosiri jipya…</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="54"/>
        <location filename="../users_dialog.py" line="106"/>
        <source>&amp;Disable</source>
        <translation>&amp;Zuia</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="84"/>
        <source>administrator</source>
        <translation>msimamizi</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="84"/>
        <source>enumerator</source>
        <translation>mdadisi</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="85"/>
        <source>disabled</source>
        <translation>amezuiwa</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="106"/>
        <source>&amp;Enable</source>
        <translation>&amp;Ruhusu</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="111"/>
        <source>Working…</source>
        <translation>Inashughulikia…</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="138"/>
        <source>{name} was added.</source>
        <translation>{name} ameongezwa.</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="157"/>
        <source>{name} has a new password.</source>
        <translation>{name} ana nenosiri jipya.</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="173"/>
        <source>{name} can no longer log in; their submissions stay.</source>
        <translation>{name} hawezi kuingia tena; fomu alizojaza zinabaki.</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="175"/>
        <source>{name} can log in again.</source>
        <translation>{name} anaweza kuingia tena.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../errors.py" line="28"/>
        <source>Something went wrong. Your saved answers are safe. The details are in the log file; you can copy them for support.</source>
        <translation>Kuna hitilafu. Majibu yako yaliyohifadhiwa yako salama. Maelezo yako kwenye faili la kumbukumbu; unaweza kuyanakili kwa msaada.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="36"/>
        <source>Copy details</source>
        <translation>Nakili maelezo</translation>
    </message>
</context>
</TS>
