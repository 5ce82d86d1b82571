<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="so">
<context>
    <name>AssignDialog</name>
    <message>
        <location filename="../assign_dialog.py" line="79"/>
        <source>Assign work</source>
        <translation>Bixi shaqo</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="100"/>
        <source>Site</source>
        <translation>Goob</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="102"/>
        <source>Form</source>
        <translation>Foom</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="109"/>
        <source>&amp;Households to follow up</source>
        <translation>&amp;Qoysas la dabagalo</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="110"/>
        <source>&amp;New registrations</source>
        <translation>&amp;Diiwaangelin cusub</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="123"/>
        <source>A name, a zone, a number…</source>
        <translation>Magac, aag, lambar…</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="125"/>
        <source>Search the households</source>
        <translation>Raadi qoysaska</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="135"/>
        <source>Households</source>
        <translation>Qoysaska</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="141"/>
        <source>&amp;Tick all shown</source>
        <translation>&amp;Calaamadee dhammaan kuwa muuqda</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="145"/>
        <source>&amp;Untick all</source>
        <translation>Ka &amp;saar calaamadaha oo dhan</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="147"/>
        <source>&amp;Search:</source>
        <translation>&amp;Raadi:</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="167"/>
        <source>How many registrations</source>
        <translation>Imisa diiwaangelin</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="170"/>
        <source>Zone</source>
        <translation>Aagga</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="171"/>
        <source>Where: a zone, a block, a village</source>
        <translation>Halkee: aag, xaafad, tuulo</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="175"/>
        <source>Nu&amp;mber:</source>
        <translation>&amp;Tirada:</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="176"/>
        <source>&amp;Zone:</source>
        <translation>&amp;Aagga:</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="182"/>
        <source>Enumerator or clerk</source>
        <translation>Tirakoobe ama karraani</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="186"/>
        <source>What happened</source>
        <translation>Waxa dhacay</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="191"/>
        <source>&amp;Assign</source>
        <translation>&amp;Bixi</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="197"/>
        <source>S&amp;ite:</source>
        <translation>&amp;Goobta:</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="200"/>
        <source>&amp;Form:</source>
        <translation>&amp;Foomka:</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="208"/>
        <source>&amp;Enumerator or clerk:</source>
        <translation>T&amp;irakoobe ama karraani:</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="254"/>
        <source>Work at {site}</source>
        <translation>Shaqada {site}</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="260"/>
        <source>Name the site first</source>
        <translation>Marka hore qor magaca goobta</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="262"/>
        <source>Reading who works at the site…</source>
        <translation>Waxaa la akhrinayaa cidda ka shaqaysa goobta…</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="270"/>
        <source>Nobody at this site can be given work</source>
        <translation>Qofna goobtan shaqo lama siin karo</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="287"/>
        <source>No form is installed on this computer.</source>
        <translation>Foom kuma rakibna kombiyuutarkan.</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="289"/>
        <source>Reading the households of this form&apos;s list…</source>
        <translation>Waxaa la akhrinayaa qoysaska liiska foomkan…</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="318"/>
        <source>This form follows up no list: it can only be given as new registrations.</source>
        <translation>Foomkani liis ma dabagalo: waxaa keliya oo loo bixin karaa diiwaangelin cusub ahaan.</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="324"/>
        <source>This form follows up the list {list}, which the sites&apos; computers hold, not this one: give its households from a site supervisor&apos;s computer.</source>
        <translation>Foomkani wuxuu dabagalaa liiska {list}, oo ku jira kombiyuutarrada goobaha, ee kuma jiro kan: qoysaskiisa ka bixi kombiyuutarka kormeeraha goob.</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="331"/>
        <source>This form follows up the list {list}, and this computer holds none of its households yet: they come with each sync.</source>
        <translation>Foomkani wuxuu dabagalaa liiska {list}, kombiyuutarkanna weli kuma jiraan qoysaskiisa: waxay yimaadaan mar kasta oo la xiriiro seerfarka.</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="337"/>
        <source>This form follows up the list {list}: {n} households here.</source>
        <translation>Foomkani wuxuu dabagalaa liiska {list}: {n} qoys ayaa halkan ku jira.</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="353"/>
        <source>{shown} of {every} shown · {ticked} ticked</source>
        <translation>{shown} ka mid ah {every} ayaa muuqda · {ticked} la calaamadeeyay</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="369"/>
        <source>Choose a form.</source>
        <translation>Dooro foom.</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="372"/>
        <source>Choose who does the work.</source>
        <translation>Dooro cidda qabanaysa shaqada.</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="379"/>
        <source>Tick the households to give (Space ticks the one you are on).</source>
        <translation>Calaamadee qoysaska la bixinayo (Space wuxuu calaamadeeyaa kan aad joogto).</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="385"/>
        <source>At most {n} households at once.</source>
        <translation>Ugu badnaan {n} qoys hal mar.</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="414"/>
        <source>Sending to the server…</source>
        <translation>Waxaa loo dirayaa seerfarka…</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="434"/>
        <source>The server assigned nothing: it refused {n} of the households ticked.</source>
        <translation>Seerfarku waxba ma bixin: wuxuu diiday {n} ka mid ah qoysaska la calaamadeeyay.</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="440"/>
        <source>• {household}: {why}</source>
        <translation>• {household}: {why}</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="441"/>
        <source>Untick them (in red in the list), then Assign again.</source>
        <translation>Ka saar calaamadahooda (kuwa cas ee liiska), kadibna mar kale Bixi.</translation>
    </message>
</context>
<context>
    <name>Assignments</name>
    <message>
        <location filename="../reassign_dialog.py" line="64"/>
        <source>The server said: {words}</source>
        <translation>Seerfarku wuxuu yiri: {words}</translation>
    </message>
    <message>
        <location filename="../reassign_dialog.py" line="72"/>
        <source>enumerator</source>
        <translation>tirakoobe</translation>
    </message>
    <message>
        <location filename="../reassign_dialog.py" line="73"/>
        <source>clerk</source>
        <translation>karraani</translation>
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
        <translation>Shaqooyinka</translation>
    </message>
    <message>
        <location filename="../assignments_view.py" line="103"/>
        <source>What happened</source>
        <translation>Waxa dhacay</translation>
    </message>
    <message>
        <location filename="../assignments_view.py" line="108"/>
        <source>Progress by enumerator</source>
        <translation>Horumarka tirakoobe kasta</translation>
    </message>
    <message>
        <location filename="../assignments_view.py" line="111"/>
        <source>&amp;Progress by enumerator</source>
        <translation>&amp;Horumarka tirakoobe kasta</translation>
    </message>
    <message>
        <location filename="../assignments_view.py" line="116"/>
        <source>Open assignments</source>
        <translation>Shaqooyinka socda</translation>
    </message>
    <message>
        <location filename="../assignments_view.py" line="119"/>
        <source>&amp;Open assignments</source>
        <translation>&amp;Shaqooyinka socda</translation>
    </message>
    <message>
        <location filename="../assignments_view.py" line="122"/>
        <source>Whose assignments</source>
        <translation>Shaqooyinka qofkee</translation>
    </message>
    <message>
        <location filename="../assignments_view.py" line="123"/>
        <source>Everyone</source>
        <translation>Dhammaan</translation>
    </message>
    <message>
        <location filename="../assignments_view.py" line="125"/>
        <source>&amp;Enumerator:</source>
        <translation>&amp;Tirakoobe:</translation>
    </message>
    <message>
        <location filename="../assignments_view.py" line="129"/>
        <source>A household, a zone…</source>
        <translation>Qoys, aag…</translation>
    </message>
    <message>
        <location filename="../assignments_view.py" line="130"/>
        <source>Search the titles</source>
        <translation>Raadi cinwaannada</translation>
    </message>
    <message>
        <location filename="../assignments_view.py" line="133"/>
        <source>&amp;Search:</source>
        <translation>&amp;Raadi:</translation>
    </message>
    <message>
        <location filename="../assignments_view.py" line="138"/>
        <source>&amp;Assign…</source>
        <translation>&amp;Bixi shaqo…</translation>
    </message>
    <message>
        <location filename="../assignments_view.py" line="140"/>
        <source>&amp;Reassign…</source>
        <translation>U &amp;wareeji…</translation>
    </message>
    <message>
        <location filename="../assignments_view.py" line="142"/>
        <source>&amp;Cancel assignment…</source>
        <translation>&amp;Jooji shaqada…</translation>
    </message>
    <message>
        <location filename="../assignments_view.py" line="144"/>
        <source>Read a&amp;gain (F5)</source>
        <translation>&amp;Akhri mar kale (F5)</translation>
    </message>
    <message>
        <location filename="../assignments_view.py" line="202"/>
        <source>Assignments are kept on the server: this screen needs this computer connected to it (Daftari → Connect to a server).</source>
        <translation>Shaqooyinka waxaa lagu hayaa seerfarka: shaashaddan waxay u baahan tahay in kombiyuutarkan lagu xiro (Daftari → Ku xir seerfar).</translation>
    </message>
    <message>
        <location filename="../assignments_view.py" line="240"/>
        <source>Reading the assignments from the server…</source>
        <translation>Waxaa laga akhrinayaa shaqooyinka seerfarka…</translation>
    </message>
    <message>
        <location filename="../assignments_view.py" line="284"/>
        <source>Assignments are read from the server and changed there: this screen needs a connection. {why}</source>
        <translation>Shaqooyinka waxaa laga akhriyaa seerfarka, halkaasna lagu beddelaa: shaashaddan waxay u baahan tahay xiriir. {why}</translation>
    </message>
    <message>
        <location filename="../assignments_view.py" line="298"/>
        <source>No connection to the server: check the network, then Read again (F5).</source>
        <translation>Xiriir lalama laha seerfarka: hubi shabakadda, kadibna Akhri mar kale (F5).</translation>
    </message>
    <message>
        <location filename="../assignments_view.py" line="303"/>
        <source>every site</source>
        <translation>goob kasta</translation>
    </message>
    <message>
        <location filename="../assignments_view.py" line="308"/>
        <source>{where} · {n} open</source>
        <translation>{where} · {n} socda</translation>
    </message>
    <message>
        <location filename="../assignments_view.py" line="342"/>
        <source>{shown} of {every} open assignments shown</source>
        <translation>{shown} ka mid ah {every} shaqo oo socda ayaa muuqda</translation>
    </message>
    <message>
        <location filename="../assignments_view.py" line="344"/>
        <source>No open assignment.</source>
        <translation>Shaqo socota ma jirto.</translation>
    </message>
    <message>
        <location filename="../assignments_view.py" line="398"/>
        <source>{n} assignment(s) given to {names}.</source>
        <translation>{n} shaqo ayaa la siiyay {names}.</translation>
    </message>
    <message>
        <location filename="../assignments_view.py" line="411"/>
        <source>Choose assignments of one site to reassign together.</source>
        <translation>Dooro shaqooyin hal goob ah si loo wada wareejiyo.</translation>
    </message>
    <message>
        <location filename="../assignments_view.py" line="425"/>
        <source>{n} assignment(s) given to {name}.</source>
        <translation>{n} shaqo ayaa la siiyay {name}.</translation>
    </message>
    <message>
        <location filename="../assignments_view.py" line="438"/>
        <source>{title} — {enumerator}</source>
        <translation>{title} — {enumerator}</translation>
    </message>
    <message>
        <location filename="../assignments_view.py" line="444"/>
        <source>and {n} more</source>
        <translation>iyo {n} kale</translation>
    </message>
    <message>
        <location filename="../assignments_view.py" line="447"/>
        <source>Cancel assignments?</source>
        <translation>Ma la joojiyaa shaqooyinka?</translation>
    </message>
    <message>
        <location filename="../assignments_view.py" line="449"/>
        <source>Cancel {n} assignment(s)? They leave the enumerators&apos; computers at their next sync; what was done for them stays.</source>
        <translation>Ma la joojiyaa {n} shaqo? Waxay ka baxayaan kombiyuutarrada tirakoobayaasha marka xigta ee ay la xiriiraan seerfarka; wixii loo qabtay way sii jirayaan.</translation>
    </message>
    <message>
        <location filename="../assignments_view.py" line="458"/>
        <source>&amp;Yes, cancel them</source>
        <translation>&amp;Haa, jooji</translation>
    </message>
    <message>
        <location filename="../assignments_view.py" line="459"/>
        <source>&amp;No</source>
        <translation>&amp;Maya</translation>
    </message>
    <message>
        <location filename="../assignments_view.py" line="476"/>
        <source>Sending to the server…</source>
        <translation>Waxaa loo dirayaa seerfarka…</translation>
    </message>
    <message>
        <location filename="../assignments_view.py" line="482"/>
        <source>{n} assignment(s) cancelled.</source>
        <translation>{n} shaqo ayaa la joojiyay.</translation>
    </message>
</context>
<context>
    <name>BatchesView</name>
    <message>
        <location filename="../batches_view.py" line="78"/>
        <source>Batches of paper questionnaires</source>
        <translation>Kooxaha su&apos;aalaha warqadda</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="82"/>
        <source>Batch</source>
        <translation>Kooxda</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="83"/>
        <source>Form</source>
        <translation>Foomka</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="84"/>
        <source>Expected</source>
        <translation>La filayo</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="85"/>
        <source>Keyed</source>
        <translation>La galiyay</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="86"/>
        <source>Verified</source>
        <translation>La hubiyay</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="87"/>
        <source>Differences open</source>
        <translation>Kala duwanaansho furan</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="88"/>
        <source>Missing numbers</source>
        <translation>Lambarro maqan</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="89"/>
        <source>Released</source>
        <translation>La sii daayay</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="103"/>
        <source>&amp;New batch…</source>
        <translation>Koox &amp;cusub…</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="105"/>
        <source>D&amp;ifferences</source>
        <translation>&amp;Kala duwanaanshaha</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="107"/>
        <source>&amp;Release</source>
        <translation>&amp;Sii daa</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="109"/>
        <source>R&amp;eport</source>
        <translation>&amp;Warbixin</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="111"/>
        <source>&amp;Print questionnaires…</source>
        <translation>D&amp;aabac foomamka…</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="174"/>
        <location filename="../batches_view.py" line="473"/>
        <source>No batch yet: Alt+N registers one.</source>
        <translation>Weli koox ma jirto: Alt+C ayaa mid diiwaan gelisa.</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="179"/>
        <source>Missing numbers: {numbers}</source>
        <translation>Lambarro maqan: {numbers}</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="182"/>
        <source>Keyed twice: {numbers}</source>
        <translation>Laba jeer la galiyay: {numbers}</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="185"/>
        <source>Outside the range: {numbers}</source>
        <translation>Ka baxsan xadka: {numbers}</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="189"/>
        <source>Waiting for their second keying: {numbers}</source>
        <translation>Sugaya galintooda labaad: {numbers}</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="193"/>
        <source>Nothing missing.</source>
        <translation>Waxba ma maqna.</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="225"/>
        <source>&amp;Form</source>
        <translation>&amp;Foom</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="226"/>
        <source>&amp;Batch (as written on the box)</source>
        <translation>K&amp;ooxda (sida sanduuqa ugu qoran)</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="227"/>
        <source>E&amp;xpected questionnaires</source>
        <translation>Su&apos;aalaha la fi&amp;layo</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="228"/>
        <source>First n&amp;umber</source>
        <translation>Lambarka &amp;hore</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="229"/>
        <source>&amp;Last number</source>
        <translation>Lambarka &amp;ugu dambeeya</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="230"/>
        <source>&amp;Share keyed twice</source>
        <translation>Qay&amp;bta laba jeer la galiyo</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="247"/>
        <source>Re&amp;gister</source>
        <translation>Diiwaan &amp;geli</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="249"/>
        <location filename="../batches_view.py" line="362"/>
        <source>Back (Esc)</source>
        <translation>Dib (Esc)</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="290"/>
        <source>No paper will be keyed a second time.</source>
        <translation>Warqad lama gelin doono mar labaad.</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="292"/>
        <source>{share} % of the papers will be keyed a second time.</source>
        <translation>{share} % warqadaha ayaa mar labaad la gelin doonaa.</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="296"/>
        <source>{n} of {count} papers will be keyed a second time.</source>
        <translation>{n} ka mid ah {count} warqadood ayaa mar labaad la gelin doonaa.</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="300"/>
        <source>About {n} of {count} papers will be keyed a second time.</source>
        <translation>Qiyaastii {n} ka mid ah {count} warqadood ayaa mar labaad la gelin doonaa.</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="308"/>
        <source>The numbers of a range are whole numbers.</source>
        <translation>Lambarrada xadka waa tirooyin dhan.</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="323"/>
        <source>Batch {name} registered.</source>
        <translation>Kooxda {name} waa la diiwaan geliyay.</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="337"/>
        <source>Questionnaire</source>
        <translation>Su&apos;aalaha</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="338"/>
        <source>Question</source>
        <translation>Su&apos;aal</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="339"/>
        <source>1: first keying</source>
        <translation>1: galinta koowaad</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="340"/>
        <source>2: second keying</source>
        <translation>2: galinta labaad</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="341"/>
        <source>Resolved as</source>
        <translation>Lagu xalliyay</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="352"/>
        <source>Resolve &amp;as (1, 2 or the value on the paper):</source>
        <translation>&amp;Xalli sida (1, 2 ama qiimaha warqadda):</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="375"/>
        <source>Batch {name}: answers the two keyings disagree on</source>
        <translation>Kooxda {name}: jawaabaha labada galin ku kala duwan yihiin</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="396"/>
        <source>1: the first keying</source>
        <translation>1: gelinta koowaad</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="397"/>
        <source>2: the second keying</source>
        <translation>2: gelinta labaad</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="398"/>
        <source>the value on the paper</source>
        <translation>qiimaha warqadda ku qoran</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="410"/>
        <source>Every difference is resolved.</source>
        <translation>Kala duwanaansho kasta waa la xalliyay.</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="415"/>
        <source>Interview date</source>
        <translation>Taariikhda wareysiga</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="416"/>
        <source>Enumerator on the paper</source>
        <translation>Tiriyaha warqadda ku qoran</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="434"/>
        <source>“{typed}” is not an answer this question takes.</source>
        <translation>“{typed}” ma aha jawaab su&apos;aashani qaadato.</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="458"/>
        <source>Not finalized (an answer missing): {numbers}</source>
        <translation>Lama dhammaystirin (jawaab ayaa maqan): {numbers}</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="463"/>
        <source>Batch {name} released: it goes to the server at the next sync.</source>
        <translation>Kooxda {name} waa la sii daayay: waxay u socotaa server-ka isku-dubbaridka xiga.</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="477"/>
        <source>Print questionnaires</source>
        <translation>Daabac su&apos;aalaha</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="509"/>
        <source>{n} questionnaire(s) printed to {file}.</source>
        <translation>{n} su&apos;aalo ayaa lagu daabacay {file}.</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="521"/>
        <source>Disagreement by clerk (answers not kept / answers keyed):</source>
        <translation>Kala duwanaansho karraani kasta (jawaabo aan la hayn / jawaabo la galiyay):</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="525"/>
        <source>Disagreement by question (differences / papers compared):</source>
        <translation>Kala duwanaansho su&apos;aal kasta (kala duwanaansho / waraaqo la barbardhigay):</translation>
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
        <translation>Server-ku wuu diiday: {why}</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="211"/>
        <source>Delivered on {when}: {counts}</source>
        <translation>La gaarsiiyay {when}: {counts}</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="214"/>
        <source>Waiting for the next sync.</source>
        <translation>Waxay sugaysaa isku-xidhka xiga.</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="221"/>
        <source>{n} stored</source>
        <translation>{n} la kaydiyay</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="222"/>
        <source>{n} already there</source>
        <translation>{n} horay ayay u joogeen</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="223"/>
        <source>{n} sent back by the server&apos;s checks</source>
        <translation>{n} waxaa soo celiyay hubinta server-ka</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="226"/>
        <source>{n} conflicting</source>
        <translation>{n} is khilaafsan</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="232"/>
        <source>no submissions in it</source>
        <translation>wax xog ah kuma jiraan</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="254"/>
        <source>the server does not know the device that wrote it (a device of another server, or one signed out since). Nothing of it was imported.</source>
        <translation>server-ku ma yaqaan qalabka qoray (qalab server kale ah, ama mid tan iyo markaas laga saaray). Waxba lagama soo gelin.</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="259"/>
        <source>it is damaged, or was changed since it was written. Nothing of it was imported: write it again from the enumerator&apos;s computer.</source>
        <translation>way xumaatay, ama waa la beddelay tan iyo markii la qoray. Waxba lagama soo gelin: mar kale ka qor kombiyuutarka tiriyaha.</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="264"/>
        <source>it is not a Daftari bundle, or it was cut short.</source>
        <translation>ma aha xidhmo Daftari, ama waa la gooyay.</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="267"/>
        <source>it was written by another version of Daftari than the server reads. Nothing of it was imported.</source>
        <translation>waxaa qoray nooc kale oo Daftari ah oo aan server-ku akhrin. Waxba lagama soo gelin.</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="272"/>
        <source>it holds more than one bundle may. Nothing of it was imported: write the submissions in several bundles.</source>
        <translation>wuxuu xambaarsan yahay wax ka badan inta xidhmo keliya loo oggol yahay. Waxba lagama soo gelin: xogta ku qor dhowr xidhmo.</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="277"/>
        <source>its content cannot be read. Nothing of it was imported.</source>
        <translation>waxa ku jira lama akhrin karo. Waxba lagama soo gelin.</translation>
    </message>
</context>
<context>
    <name>CarriedBundlesDialog</name>
    <message>
        <location filename="../sync_status.py" line="149"/>
        <location filename="../sync_status.py" line="174"/>
        <source>Bundles brought from USB sticks</source>
        <translation>Xidhmooyinka laga keenay USB</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="154"/>
        <source>Each bundle stays sealed on this computer until a sync delivers it; the server then says what became of it.</source>
        <translation>Xidhmo kastaa way xidhan tahay kombiyuutarkan ilaa isku-xidh gaarsiiyo; markaas server-ku wuxuu sheegaa waxa ku dhacay.</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="158"/>
        <source>No bundle has been brought to this computer (Daftari → Bring a bundle…).</source>
        <translation>Xidhmo lama keenin kombiyuutarkan (Daftari → Keen xidhmo…).</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="164"/>
        <source>File</source>
        <translation>Fayl</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="164"/>
        <source>Brought</source>
        <translation>La keenay</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="164"/>
        <source>By</source>
        <translation>Cidda</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="164"/>
        <source>What became of it</source>
        <translation>Waxa ku dhacay</translation>
    </message>
</context>
<context>
    <name>DataTab</name>
    <message>
        <location filename="../secretariat.py" line="640"/>
        <source>every site</source>
        <translation>goob kasta</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="641"/>
        <source>&amp;Show</source>
        <translation>Mu&amp;uji</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="643"/>
        <source>← &amp;Previous page</source>
        <translation>← Bogga &amp;hore</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="645"/>
        <source>&amp;Next page →</source>
        <translation>Bogga x&amp;iga →</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="648"/>
        <source>Private &amp;key…</source>
        <translation>&amp;Fure gaar ah…</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="656"/>
        <source>The merged data</source>
        <translation>Xogta la isku daray</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="660"/>
        <source>F&amp;orm</source>
        <translation>F&amp;oom</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="661"/>
        <source>S&amp;tate</source>
        <translation>Xa&amp;alad</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="662"/>
        <source>Sit&amp;e</source>
        <translation>&amp;Goob</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="608"/>
        <source>Site</source>
        <translation>Goob</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="609"/>
        <source>Enumerator</source>
        <translation>Tirakoobe</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="610"/>
        <source>Form version</source>
        <translation>Nooca foomka</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="611"/>
        <source>Revision</source>
        <translation>Dib-u-habeyn</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="612"/>
        <source>State</source>
        <translation>Xaalad</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="614"/>
        <source>Submitted</source>
        <translation>La diray</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="615"/>
        <source>Changed</source>
        <translation>La beddelay</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="616"/>
        <source>Opened on the device</source>
        <translation>Lagu furay qalabka</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="618"/>
        <source>Questionnaire no.</source>
        <translation>Lambarka su&apos;aalaha</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="619"/>
        <source>Interview date</source>
        <translation>Taariikhda wareysiga</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="620"/>
        <source>Enumerator on the paper</source>
        <translation>Xogururiyaha ku qoran warqadda</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="621"/>
        <source>Batch</source>
        <translation>Kooxda</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="622"/>
        <source>Keyed by</source>
        <translation>Waxaa galiyay</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="623"/>
        <source>Keyed at</source>
        <translation>Waqtiga la galiyay</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="625"/>
        <source>Duplicate of</source>
        <translation>Nuqul ka mid ah</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="744"/>
        <source>Rows {first}–{last}</source>
        <translation>Safafka {first}–{last}</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="746"/>
        <source>No rows.</source>
        <translation>Saf ma jiro.</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="758"/>
        <location filename="../secretariat.py" line="801"/>
        <location filename="../secretariat.py" line="813"/>
        <source>The form&apos;s private key</source>
        <translation>Furaha gaarka ah ee foomka</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="760"/>
        <source>Private keys (*.pem);;All files (*)</source>
        <translation>Furayaasha gaarka ah (*.pem);;Dhammaan faylasha (*)</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="806"/>
        <source>OK</source>
        <translation>Haye</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="807"/>
        <source>Cancel</source>
        <translation>Jooji</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="791"/>
        <source>The private key is held for this session only: encrypted submissions are opened on this computer, never on the server.</source>
        <translation>Furaha gaarka ah waxaa la hayaa fadhigan oo keliya: jawaabaha sirta ah waxaa lagu furayaa kombiyuutarkan, weligood seerfarka.</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="787"/>
        <source>Private key: {name} (this session only)</source>
        <translation>Furaha gaarka ah: {name} (fadhigan oo keliya)</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="803"/>
        <source>Passphrase of the key {name}:</source>
        <translation>Weedha sirta ah ee furaha {name}:</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="832"/>
        <source>{n} submission(s) on this page are encrypted: their answers can be read only with the form&apos;s private key (Private key…), on this computer.</source>
        <translation>{n} jawaab oo boggan ku jira waa sir: jawaabahooda waxaa lagu akhrin karaa oo keliya furaha gaarka ah ee foomka (Fure gaar ah…), kombiyuutarkan.</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="838"/>
        <source>Opening {n} encrypted submission(s)…</source>
        <translation>Waxaa la furayaa {n} jawaab oo sir ah…</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="870"/>
        <source>Opened on this computer with the private key</source>
        <translation>Waxaa lagu furay kombiyuutarkan furaha gaarka ah</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="891"/>
        <source>{n} encrypted submission(s) opened on this computer.</source>
        <translation>{n} jawaab oo sir ah ayaa lagu furay kombiyuutarkan.</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="894"/>
        <source>{n} could not be opened with this key (another form&apos;s key, or changed since they were made): their reason is on their uuid.</source>
        <translation>{n} laguma furi karin furahan (furaha foom kale, ama waa la beddelay tan iyo markii la sameeyay): sababtu waxay ku taal uuid-kooda.</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../dialogs.py" line="34"/>
        <source>OK</source>
        <translation>Hagaag</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="35"/>
        <location filename="../dialogs.py" line="142"/>
        <source>Cancel</source>
        <translation>Iska daa</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="36"/>
        <source>Close</source>
        <translation>Xir</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="37"/>
        <source>&amp;Yes</source>
        <translation>&amp;Haa</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="38"/>
        <source>&amp;No</source>
        <translation>&amp;Maya</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="39"/>
        <source>Discard</source>
        <translation>Tirtir</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="134"/>
        <source>Look in:</source>
        <translation>Ka eeg:</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="135"/>
        <source>File name:</source>
        <translation>Magaca faylka:</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="136"/>
        <source>Files of type:</source>
        <translation>Nooca faylasha:</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="138"/>
        <source>&amp;Save</source>
        <translation>&amp;Kaydi</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="140"/>
        <source>&amp;Open</source>
        <translation>&amp;Fur</translation>
    </message>
</context>
<context>
    <name>DuplicatesTab</name>
    <message>
        <location filename="../secretariat.py" line="978"/>
        <source>&amp;Find</source>
        <translation>R&amp;aadi</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="982"/>
        <source>Probable duplicates</source>
        <translation>Labanlaab suurtagal ah</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="988"/>
        <source>Question</source>
        <translation>Su&apos;aal</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="988"/>
        <source>First submission</source>
        <translation>Gudbinta koowaad</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="988"/>
        <source>Second submission</source>
        <translation>Gudbinta labaad</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="990"/>
        <source>The two submissions side by side</source>
        <translation>Labada gudbin dhinac dhinac</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="995"/>
        <source>The two households, answer by answer</source>
        <translation>Labada qoys, jawaab jawaab</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="996"/>
        <location filename="../secretariat.py" line="1137"/>
        <source>Choose a pair to see its two submissions side by side.</source>
        <translation>Dooro lammaane si aad u aragto labadiisa gudbin dhinac dhinac.</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="998"/>
        <source>Only the differin&amp;g answers</source>
        <translation>Jawaabaha kala duwan &amp;gooni</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1003"/>
        <source>Keep &amp;both (two households)</source>
        <translation>&amp;Hay labadaba (laba qoys)</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1004"/>
        <source>The &amp;same household</source>
        <translation>Isla &amp;qoyska</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1005"/>
        <source>Keep the fi&amp;rst</source>
        <translation>Hay ka ko&amp;waad</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1006"/>
        <source>Keep the s&amp;econd</source>
        <translation>Hay ka la&amp;baad</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1016"/>
        <source>Show decided &amp;pairs too</source>
        <translation>Tus lammaanaha la go&apos;aamiyay &amp;sidoo kale</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1018"/>
        <source>U&amp;ndo the verdict</source>
        <translation>&amp;Ka noqo go&apos;aanka</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1023"/>
        <source>Key fields, separated by commas: &apos;:name&apos; matches names loosely, &apos;:phone&apos; phone numbers. Nothing is ever deleted: a verdict marks the pair, and the copy not kept is left out of the indicators and exports until the verdict is undone.</source>
        <translation>Beeraha furaha, oo hakad ku kala maqan: &apos;:name&apos; magacyada si dabacsan ayuu isu barbar dhigaa, &apos;:phone&apos; lambarrada taleefanka. Waxba weligood lama tirtiro: go&apos;aanku wuxuu calaamadeeyaa lammaanaha, nuqulka aan la hayn waxaa laga saaraa tilmaamayaasha iyo dhoofinta ilaa go&apos;aanka laga noqdo.</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1047"/>
        <source>F&amp;orm</source>
        <translation>F&amp;oom</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1048"/>
        <source>&amp;Keys</source>
        <translation>&amp;Furayaal</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1055"/>
        <source>No&amp;te (optional)</source>
        <translation>Qoraal (ikhtiyaari) (&amp;z)</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1078"/>
        <source>Both kept (two households)</source>
        <translation>Labadaba waa la hayaa (laba qoys)</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1079"/>
        <location filename="../secretariat.py" line="1264"/>
        <source>The same household</source>
        <translation>Isla qoyska</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1080"/>
        <source>The first kept</source>
        <translation>Ka koowaad waa la hayaa</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1081"/>
        <source>The second kept</source>
        <translation>Ka labaad waa la hayaa</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1083"/>
        <source>Site</source>
        <translation>Goob</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1083"/>
        <source>Likeness</source>
        <translation>Isku ekaansho</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1083"/>
        <source>Verdict</source>
        <translation>Go&apos;aan</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1113"/>
        <source>{n} probable pairs to look at.</source>
        <translation>{n} lammaane oo suurtagal ah oo la eegayo.</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1149"/>
        <source>Reading the two submissions from the server…</source>
        <translation>Waxaa laga akhrinayaa labada gudbin seerfarka…</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1167"/>
        <source>The two submissions could not be read: {why}</source>
        <translation>Labada gudbin lama akhrin karin: {why}</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1206"/>
        <source>The two answers differ</source>
        <translation>Labada jawaab way kala duwan yihiin</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1225"/>
        <source>Not found among the submissions this server lets you read: {uuids}.</source>
        <translation>Lagama helin gudbinaha seerfarkani kuu oggol yahay inaad akhrido: {uuids}.</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1228"/>
        <source>{n} of {total} answers differ.</source>
        <translation>{n} ka mid ah {total} jawaabood ayaa kala duwan.</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1249"/>
        <source>collected by {name}</source>
        <translation>waxaa ururiyay {name}</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1263"/>
        <source>Keep both (two households)</source>
        <translation>Hay labadaba (laba qoys)</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1265"/>
        <source>Keep the first</source>
        <translation>Hay kan koowaad</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1266"/>
        <source>Keep the second</source>
        <translation>Hay kan labaad</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1267"/>
        <source>Undo the verdict</source>
        <translation>Ka noqo go&apos;aanka</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1270"/>
        <source>First: {household}</source>
        <translation>Koowaad: {household}</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1271"/>
        <source>Second: {household}</source>
        <translation>Labaad: {household}</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1274"/>
        <source>Note: {note}</source>
        <translation>Qoraal: {note}</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1277"/>
        <source>Record the verdict?</source>
        <translation>Ma la diiwaan geliyaa go&apos;aanka?</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1278"/>
        <source>Record the verdict “{verdict}” on these two submissions?</source>
        <translation>Ma la diiwaan geliyaa go&apos;aanka “{verdict}” ee labadan gudbin?</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1287"/>
        <source>&amp;Yes, record it</source>
        <translation>&amp;Haa, diiwaan geli</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1288"/>
        <source>&amp;No</source>
        <translation>&amp;Maya</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1315"/>
        <source>The verdict is undone: both submissions count again.</source>
        <translation>Go&apos;aanka waa laga noqday: labada xog mar kale ayaa la tiriyaa.</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1317"/>
        <source>Kept, with who decided and when.</source>
        <translation>Waa la kaydiyay, iyadoo la raacinayo cidda go&apos;aansatay iyo goorta.</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <location filename="../enrol_dialog.py" line="36"/>
        <source>Connect to a server</source>
        <translation>Ku xir seerfar</translation>
    </message>
    <message>
        <location filename="../enrol_dialog.py" line="53"/>
        <source>Over the internet the address starts with {secure} (the connection is encrypted). A server in your own office is often reached with {plain} and its local address, e.g. {example}.</source>
        <translation>Internetka dushiisa, cinwaanku wuxuu ku bilaabmaa {secure} (xiriirku waa qarsoon yahay). Seerfar ku yaal xafiiskaaga badanaa waxaa lagu gaaraa {plain} iyo cinwaankiisa gudaha, tusaale {example}.</translation>
    </message>
    <message>
        <location filename="../enrol_dialog.py" line="61"/>
        <source>⚠ With {plain} your password and the answers cross the network unencrypted: use it only on the office&apos;s own network, never over the internet.</source>
        <translation>⚠ Haddii aad isticmaasho {plain}, erayga sirtaada iyo jawaabaha waxay shabakadda u maraan iyagoo aan qarsoonayn: ku isticmaal shabakadda xafiiska oo keliya, weligaa ha ku isticmaalin internetka.</translation>
    </message>
    <message>
        <location filename="../enrol_dialog.py" line="71"/>
        <source>&amp;Server address:</source>
        <translation>&amp;Cinwaanka seerfarka:</translation>
    </message>
    <message>
        <location filename="../enrol_dialog.py" line="74"/>
        <source>Send over plain http anyway (I know the risk)</source>
        <translation>Ku dir http caadi ah si kastaba (waan ogahay khatarta)</translation>
    </message>
    <message>
        <location filename="../enrol_dialog.py" line="77"/>
        <source>&amp;Account:</source>
        <translation>&amp;Akoon:</translation>
    </message>
    <message>
        <location filename="../enrol_dialog.py" line="78"/>
        <source>&amp;Password:</source>
        <translation>&amp;Erayga sirta:</translation>
    </message>
    <message>
        <location filename="../enrol_dialog.py" line="110"/>
        <source>Connecting…</source>
        <translation>Waa la isku xirayaa…</translation>
    </message>
</context>
<context>
    <name>EntityConflictsWindow</name>
    <message>
        <location filename="../entity_conflicts.py" line="68"/>
        <source>Household conflicts</source>
        <translation>Khilaafaadka qoysaska</translation>
    </message>
    <message>
        <location filename="../entity_conflicts.py" line="84"/>
        <source>Households two computers updated differently</source>
        <translation>Qoysas ay laba kombiyuutar si kala duwan u cusboonaysiiyeen</translation>
    </message>
    <message>
        <location filename="../entity_conflicts.py" line="92"/>
        <source>Two computers updated the same household (or another entry of a list) from the same version, with no connection. Choose the value to keep for each property, then Resolve: the values chosen become its next version on the server, for every computer of the site.</source>
        <translation>Laba kombiyuutar, iyagoo aan xiriir lahayn, ayaa isla nooc ka cusboonaysiiyay isla qoyska (ama gelis kale oo liis ku jira). Sifo kasta u dooro qiimaha la hayo, kadibna Xalli: qiimayaasha la doortay waxay noqonayaan noociisa xiga ee seerfarka, kombiyuutar kasta oo goobta ah.</translation>
    </message>
    <message>
        <location filename="../entity_conflicts.py" line="102"/>
        <location filename="../entity_conflicts.py" line="351"/>
        <source>Label</source>
        <translation>Calaamad</translation>
    </message>
    <message>
        <location filename="../entity_conflicts.py" line="103"/>
        <source>List</source>
        <translation>Liis</translation>
    </message>
    <message>
        <location filename="../entity_conflicts.py" line="104"/>
        <source>Site</source>
        <translation>Goob</translation>
    </message>
    <message>
        <location filename="../entity_conflicts.py" line="105"/>
        <source>Version</source>
        <translation>Nooca</translation>
    </message>
    <message>
        <location filename="../entity_conflicts.py" line="106"/>
        <source>Conflict</source>
        <translation>Khilaaf</translation>
    </message>
    <message>
        <location filename="../entity_conflicts.py" line="111"/>
        <source>Households in conflict</source>
        <translation>Qoysaska khilaafsan</translation>
    </message>
    <message>
        <location filename="../entity_conflicts.py" line="154"/>
        <source>What happened</source>
        <translation>Waxa dhacay</translation>
    </message>
    <message>
        <location filename="../entity_conflicts.py" line="155"/>
        <source>&amp;Resolve</source>
        <translation>&amp;Xalli</translation>
    </message>
    <message>
        <location filename="../entity_conflicts.py" line="158"/>
        <source>Read &amp;again</source>
        <translation>&amp;Akhri mar kale</translation>
    </message>
    <message>
        <location filename="../entity_conflicts.py" line="226"/>
        <source>Reading the households in conflict from the server…</source>
        <translation>Waxaa laga akhrinayaa qoysaska khilaafsan seerfarka…</translation>
    </message>
    <message>
        <location filename="../entity_conflicts.py" line="242"/>
        <source>Same property, different values</source>
        <translation>Isla sifo, qiimayaal kala duwan</translation>
    </message>
    <message>
        <location filename="../entity_conflicts.py" line="243"/>
        <source>Different properties (both kept)</source>
        <translation>Sifooyin kala duwan (labadaba waa la hayaa)</translation>
    </message>
    <message>
        <location filename="../entity_conflicts.py" line="261"/>
        <source>{n} in conflict.</source>
        <translation>{n} qoys ayaa khilaafsan.</translation>
    </message>
    <message>
        <location filename="../entity_conflicts.py" line="263"/>
        <source>No household is in conflict: every update agrees.</source>
        <translation>Qoys khilaafsan ma jiro: cusboonaysiin kastaa way is waafaqsan tahay.</translation>
    </message>
    <message>
        <location filename="../entity_conflicts.py" line="287"/>
        <source>Reading its versions from the server…</source>
        <translation>Waxaa laga akhrinayaa noocyadiisa seerfarka…</translation>
    </message>
    <message>
        <location filename="../entity_conflicts.py" line="321"/>
        <source>{label} — {list}, version {version}</source>
        <translation>{label} — {list}, nooca {version}</translation>
    </message>
    <message>
        <location filename="../entity_conflicts.py" line="327"/>
        <source>{n} updates since version {since}: each property&apos;s value then, and each proposed since. The newest is chosen.</source>
        <translation>{n} cusboonaysiin tan iyo nooca {since}: qiimaha sifo kasta markaas, iyo mid kasta oo la soo jeediyay tan iyo markaas. Kan ugu cusub ayaa la doortay.</translation>
    </message>
    <message>
        <location filename="../entity_conflicts.py" line="332"/>
        <source>No property has competing values: Resolve keeps it as it is and ends the conflict.</source>
        <translation>Ma jirto sifo leh qiimayaal is-hor-taagan: Xalli wuu u daayaa sida uu yahay, khilaafkana wuu soo afjaraa.</translation>
    </message>
    <message>
        <location filename="../entity_conflicts.py" line="353"/>
        <source>{name} — different values proposed</source>
        <translation>{name} — qiimayaal kala duwan ayaa la soo jeediyay</translation>
    </message>
    <message>
        <location filename="../entity_conflicts.py" line="355"/>
        <source>{name} — changed by one computer</source>
        <translation>{name} — hal kombiyuutar ayaa beddelay</translation>
    </message>
    <message>
        <location filename="../entity_conflicts.py" line="382"/>
        <source>(empty)</source>
        <translation>(madhan)</translation>
    </message>
    <message>
        <location filename="../entity_conflicts.py" line="386"/>
        <source>before the conflict: version {version}, {who}, {when}</source>
        <translation>khilaafka ka hor: nooca {version}, {who}, {when}</translation>
    </message>
    <message>
        <location filename="../entity_conflicts.py" line="393"/>
        <source>{who}, {when} (version {version})</source>
        <translation>{who}, {when} (nooca {version})</translation>
    </message>
    <message>
        <location filename="../entity_conflicts.py" line="398"/>
        <source>{value} — {said}</source>
        <translation>{value} — {said}</translation>
    </message>
    <message>
        <location filename="../entity_conflicts.py" line="424"/>
        <source>{label}: resolved, as version {version} with the values chosen.</source>
        <translation>{label}: waa la xalliyay, waxayna noqotay nooca {version} oo leh qiimayaasha la doortay.</translation>
    </message>
    <message>
        <location filename="../entity_conflicts.py" line="436"/>
        <source>{label} changed on the server since you looked at it; it was read again. Choose again, then Resolve.</source>
        <translation>{label} wuu isbeddelay seerfarka tan iyo markii aad eegtay; mar kale ayaa la akhriyay. Mar kale dooro, kadibna Xalli.</translation>
    </message>
</context>
<context>
    <name>EntityHistoryDialog</name>
    <message>
        <location filename="../to_visit.py" line="171"/>
        <location filename="../to_visit.py" line="172"/>
        <source>History of {name}</source>
        <translation>Taariikhda {name}</translation>
    </message>
    <message>
        <location filename="../to_visit.py" line="176"/>
        <source>Version</source>
        <translation>Nooca</translation>
    </message>
    <message>
        <location filename="../to_visit.py" line="176"/>
        <source>When</source>
        <translation>Goorma</translation>
    </message>
    <message>
        <location filename="../to_visit.py" line="176"/>
        <source>From</source>
        <translation>Laga helay</translation>
    </message>
    <message>
        <location filename="../to_visit.py" line="176"/>
        <source>What changed</source>
        <translation>Waxa isbeddelay</translation>
    </message>
    <message>
        <location filename="../to_visit.py" line="178"/>
        <source>Versions</source>
        <translation>Noocyada</translation>
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
        <translation>seerfarka</translation>
    </message>
    <message>
        <location filename="../to_visit.py" line="205"/>
        <source>this computer</source>
        <translation>kombiyuutarkan</translation>
    </message>
    <message>
        <location filename="../to_visit.py" line="206"/>
        <source>(no change)</source>
        <translation>(isbeddel ma jiro)</translation>
    </message>
</context>
<context>
    <name>ExportTab</name>
    <message>
        <location filename="../secretariat.py" line="1335"/>
        <source>CSV (a zip: one file per table)</source>
        <translation>CSV (zip: fayl shax kasta)</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1336"/>
        <source>Excel (one sheet per table)</source>
        <translation>Excel (warqad shax kasta)</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1337"/>
        <source>Stata (.dta, with labels)</source>
        <translation>Stata (.dta, calaamado leh)</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1338"/>
        <source>SPSS (.sav, with labels)</source>
        <translation>SPSS (.sav, calaamado leh)</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1339"/>
        <source>Parquet</source>
        <translation>Parquet</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1349"/>
        <source>every site</source>
        <translation>goob kasta</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1351"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1352"/>
        <source>&amp;Photos and files too (in the zip)</source>
        <translation>Sawirrada iyo faylasha &amp;sidoo kale (zip-ka gudihiisa)</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1353"/>
        <source>&amp;Save the export as…</source>
        <translation>Ka&amp;ydi dhoofinta sida…</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1365"/>
        <source>F&amp;orm</source>
        <translation>F&amp;oom</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1366"/>
        <source>For&amp;mat</source>
        <translation>&amp;Qaabka</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1367"/>
        <source>La&amp;bels in</source>
        <translation>&amp;Calaamadaha luuqadda</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1372"/>
        <source>S&amp;tate</source>
        <translation>Xa&amp;alad</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1373"/>
        <source>Sit&amp;e</source>
        <translation>&amp;Goob</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1374"/>
        <source>Changed si&amp;nce</source>
        <translation>Wixii is beddelay &amp;kadib</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1394"/>
        <source>The form&apos;s own</source>
        <translation>Kuwa foomka laftiisa</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1406"/>
        <source>The codebook of this format has the labels in every language.</source>
        <translation>Buugga koodhadhka ee qaabkan wuxuu leeyahay calaamadaha luuqad kasta.</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1413"/>
        <source>Save the export as</source>
        <translation>Kaydi dhoofinta sida</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1435"/>
        <source>The server is making the export…</source>
        <translation>Server-ku wuxuu diyaarinayaa dhoofinta…</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1471"/>
        <source>Reading submissions: %v of {total}</source>
        <translation>Akhrinta jawaabaha: %v ka mid ah {total}</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1477"/>
        <source>Downloading the file…</source>
        <translation>Faylka ayaa la soo dejinayaa…</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1480"/>
        <source>Downloading: %p%</source>
        <translation>Soo dejinta: %p%</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1494"/>
        <source>Saved {path} ({rows} rows; the codebook is inside).</source>
        <translation>Waa la kaydiyay {path} ({rows} saf; buugga koodhka waa ku jiraa).</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1499"/>
        <source>The export is saved.</source>
        <translation>Dhoofinta waa la kaydiyay.</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1503"/>
        <source>The export failed: {why}</source>
        <translation>Dhoofintu way fashilantay: {why}</translation>
    </message>
</context>
<context>
    <name>FillingView</name>
    <message>
        <location filename="../filling.py" line="72"/>
        <source>Form language</source>
        <translation>Luqadda foomka</translation>
    </message>
    <message>
        <location filename="../filling.py" line="74"/>
        <source>(one language)</source>
        <translation>(hal luqad)</translation>
    </message>
    <message>
        <location filename="../filling.py" line="84"/>
        <source>&amp;Language:</source>
        <translation>&amp;Luqad:</translation>
    </message>
    <message>
        <location filename="../filling.py" line="107"/>
        <source>Sent back for correction: {reason}</source>
        <translation>Dib loo celiyay si loo saxo: {reason}</translation>
    </message>
    <message>
        <location filename="../filling.py" line="130"/>
        <source>◀ Back (PgUp)</source>
        <translation>◀ Dib u noqo (PgUp)</translation>
    </message>
    <message>
        <location filename="../filling.py" line="131"/>
        <source>Next (PgDn) ▶</source>
        <translation>Xiga (PgDn) ▶</translation>
    </message>
    <message>
        <location filename="../filling.py" line="132"/>
        <source>Overview (Ctrl+J)</source>
        <translation>Guudmar (Ctrl+J)</translation>
    </message>
    <message>
        <location filename="../filling.py" line="133"/>
        <source>Save and close (Ctrl+W)</source>
        <translation>Kaydi oo xir (Ctrl+W)</translation>
    </message>
    <message>
        <location filename="../filling.py" line="147"/>
        <source>Discard draft (Ctrl+Shift+Del)</source>
        <translation>Tirtir qabyada (Ctrl+Shift+Del)</translation>
    </message>
    <message>
        <location filename="../filling.py" line="153"/>
        <source>Correct this submission (Alt+C)</source>
        <translation>Sax foomkan (Alt+C)</translation>
    </message>
    <message>
        <location filename="../filling.py" line="445"/>
        <source>✓ Saved</source>
        <translation>✓ Waa la kaydiyay</translation>
    </message>
    <message>
        <location filename="../filling.py" line="447"/>
        <source>Every answer is on the disk.</source>
        <translation>Jawaab kasta waa lagu kaydiyay kombiyuutarka.</translation>
    </message>
    <message>
        <location filename="../filling.py" line="449"/>
        <source>⚠ NOT SAVED</source>
        <translation>⚠ LAMA KAYDIN</translation>
    </message>
    <message>
        <location filename="../filling.py" line="491"/>
        <source>Remove this “{label}” (Ctrl+Del)</source>
        <translation>Ka saar kan “{label}” (Ctrl+Del)</translation>
    </message>
    <message>
        <location filename="../filling.py" line="506"/>
        <source>{label} — {n} of {count}</source>
        <translation>{label} — {n} ee {count}</translation>
    </message>
    <message>
        <location filename="../filling.py" line="510"/>
        <source>Page {n} of {count}</source>
        <translation>Bogga {n} ee {count}</translation>
    </message>
    <message>
        <location filename="../filling.py" line="526"/>
        <source>Add another “{label}”? There are {count} now.</source>
        <translation>Ma ku daraysaa “{label}” kale? Hadda waxaa jira {count}.</translation>
    </message>
    <message>
        <location filename="../filling.py" line="533"/>
        <source>Add another (Alt+A)</source>
        <translation>Ku dar mid kale (Alt+A)</translation>
    </message>
    <message>
        <location filename="../filling.py" line="534"/>
        <source>No, go on (Enter)</source>
        <translation>Maya, sii wad (Enter)</translation>
    </message>
    <message>
        <location filename="../filling.py" line="541"/>
        <source>Remove the last one (Alt+R)</source>
        <translation>Ka saar kii ugu dambeeyay (Alt+R)</translation>
    </message>
    <message>
        <location filename="../filling.py" line="630"/>
        <source>How many entries there are is set by an answer earlier in the form: change that answer to remove one.</source>
        <translation>Tirada gelisyada waxaa go&apos;aamisa jawaab hore oo foomka ku jirta: beddel jawaabtaas si aad mid uga saarto.</translation>
    </message>
    <message>
        <location filename="../filling.py" line="670"/>
        <source>Finalize (Alt+F)</source>
        <translation>Dhammaystir (Alt+F)</translation>
    </message>
    <message>
        <location filename="../filling.py" line="720"/>
        <source>Why was it changed?</source>
        <translation>Maxaa loo beddelay?</translation>
    </message>
    <message>
        <location filename="../filling.py" line="723"/>
        <source>This form asks why a finalized submission is changed. Say why (it goes with the submission&apos;s audit log):</source>
        <translation>Foomkan wuxuu weydiinayaa sababta loo beddelayo foom la dhammaystiray. Sheeg sababta (waxay raacaysaa diiwaanka hubinta ee foomka):</translation>
    </message>
    <message>
        <location filename="../filling.py" line="727"/>
        <source>Finalize</source>
        <translation>Dhammaystir</translation>
    </message>
    <message>
        <location filename="../filling.py" line="590"/>
        <source>Remove answers?</source>
        <translation>Ma tirtirtaa jawaabaha?</translation>
    </message>
    <message>
        <location filename="../filling.py" line="592"/>
        <source>The count is now {wanted}, but these entries hold answers: {names}.

Remove them and their answers?</source>
        <translation>Tirada hadda waa {wanted}, laakiin gelisyadan jawaabo ayaa ku jira: {names}.

Ma ka saartaa iyaga iyo jawaabahooda?</translation>
    </message>
    <message>
        <location filename="../filling.py" line="604"/>
        <source>Keep them (the count goes back to {n})</source>
        <translation>Sii hay (tiradu waxay dib ugu noqonaysaa {n})</translation>
    </message>
    <message>
        <location filename="../filling.py" line="605"/>
        <source>Keep them</source>
        <translation>Sii hay</translation>
    </message>
    <message>
        <location filename="../filling.py" line="606"/>
        <source>Remove them</source>
        <translation>Ka saar kuwan</translation>
    </message>
    <message>
        <location filename="../filling.py" line="639"/>
        <source>Remove</source>
        <translation>Ka saar</translation>
    </message>
    <message>
        <location filename="../filling.py" line="640"/>
        <source>Remove “{label}” {n} and all its answers?</source>
        <translation>Ma ka saartaa “{label}” {n} iyo dhammaan jawaabihiisa?</translation>
    </message>
    <message>
        <location filename="../filling.py" line="659"/>
        <source>End of the form. Check the problems below, then finalize.</source>
        <translation>Waa dhammaadka foomka. Eeg dhibaatooyinka hoose, kadibna dhammaystir.</translation>
    </message>
    <message>
        <location filename="../filling.py" line="664"/>
        <source>Problems</source>
        <translation>Dhibaatooyin</translation>
    </message>
    <message>
        <location filename="../filling.py" line="692"/>
        <source>No problems: ready to finalize.</source>
        <translation>Dhib ma jiro: waa diyaar in la dhammaystiro.</translation>
    </message>
    <message>
        <location filename="../filling.py" line="694"/>
        <source>This submission is finalized and can no longer be changed.</source>
        <translation>Foomkan waa la dhammaystiray, mar dambena lama beddeli karo.</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <location filename="../home.py" line="62"/>
        <source>Drafts</source>
        <translation>Qabyo</translation>
    </message>
    <message>
        <location filename="../home.py" line="63"/>
        <source>Ready to send</source>
        <translation>Diyaar in la diro</translation>
    </message>
    <message>
        <location filename="../home.py" line="64"/>
        <source>Sent</source>
        <translation>La diray</translation>
    </message>
    <message>
        <location filename="../home.py" line="65"/>
        <source>Sent back</source>
        <translation>Dib loo celiyay</translation>
    </message>
    <message>
        <location filename="../home.py" line="69"/>
        <source>&amp;Forms</source>
        <translation>&amp;Foomamka</translation>
    </message>
    <message>
        <location filename="../home.py" line="72"/>
        <source>Installed forms</source>
        <translation>Foomamka la rakibay</translation>
    </message>
    <message>
        <location filename="../home.py" line="271"/>
        <source>version {version}</source>
        <translation>nooca {version}</translation>
    </message>
    <message>
        <location filename="../home.py" line="76"/>
        <source>&amp;New submission (Ctrl+N)</source>
        <translation>&amp;Buuxi foom cusub (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../home.py" line="89"/>
        <source>Search titles (Ctrl+F)</source>
        <translation>Raadi cinwaannada (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../home.py" line="281"/>
        <source>All forms</source>
        <translation>Dhammaan foomamka</translation>
    </message>
    <message>
        <location filename="../home.py" line="95"/>
        <source>Any time</source>
        <translation>Waqti kasta</translation>
    </message>
    <message>
        <location filename="../home.py" line="86"/>
        <source>To visit</source>
        <translation>In la booqdo</translation>
    </message>
    <message>
        <location filename="../home.py" line="96"/>
        <source>Today</source>
        <translation>Maanta</translation>
    </message>
    <message>
        <location filename="../home.py" line="97"/>
        <source>Last 7 days</source>
        <translation>7-dii maalmood ee la soo dhaafay</translation>
    </message>
    <message>
        <location filename="../home.py" line="98"/>
        <source>Last 30 days</source>
        <translation>30-kii maalmood ee la soo dhaafay</translation>
    </message>
    <message>
        <location filename="../home.py" line="117"/>
        <source>Title</source>
        <translation>Cinwaan</translation>
    </message>
    <message>
        <location filename="../home.py" line="118"/>
        <source>Form</source>
        <translation>Foom</translation>
    </message>
    <message>
        <location filename="../home.py" line="119"/>
        <source>Status</source>
        <translation>Xaalad</translation>
    </message>
    <message>
        <location filename="../home.py" line="120"/>
        <source>Changed</source>
        <translation>La beddelay</translation>
    </message>
    <message>
        <location filename="../home.py" line="121"/>
        <source>Enumerator</source>
        <translation>Tirakoobe</translation>
    </message>
    <message>
        <location filename="../home.py" line="127"/>
        <source>Submissions</source>
        <translation>Foomamka la buuxiyay</translation>
    </message>
    <message>
        <location filename="../home.py" line="245"/>
        <source>To visit ({left})</source>
        <translation>In la booqdo ({left})</translation>
    </message>
    <message>
        <location filename="../home.py" line="324"/>
        <source>Nothing here.</source>
        <translation>Halkan waxba ma jiraan.</translation>
    </message>
    <message>
        <location filename="../home.py" line="344"/>
        <source>Print assignment sheets</source>
        <translation>Daabac waraaqaha shaqada</translation>
    </message>
    <message>
        <location filename="../home.py" line="369"/>
        <source>{n} sheet(s) printed to {file}.</source>
        <translation>{n} warqadood ayaa lagu daabacay {file}.</translation>
    </message>
</context>
<context>
    <name>HouseholdsModel</name>
    <message>
        <location filename="../assignment_models.py" line="213"/>
        <source>Refused by the server: {why}</source>
        <translation>Seerfarku wuu diiday: {why}</translation>
    </message>
    <message>
        <location filename="../assignment_models.py" line="231"/>
        <source>(no label)</source>
        <translation>(calaamad ma leh)</translation>
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
        <translation>{household} (horay loo siiyay {names})</translation>
    </message>
</context>
<context>
    <name>Indicators</name>
    <message>
        <location filename="../secretariat.py" line="67"/>
        <source>households using at least basic drinking water</source>
        <translation>Qoysaska isticmaala ugu yaraan biyo cabbitaan aasaasi ah</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="68"/>
        <source>households using surface water</source>
        <translation>Qoysaska isticmaala biyaha dusha sare</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="69"/>
        <source>households with at least basic sanitation</source>
        <translation>Qoysaska leh ugu yaraan fayadhowr aasaasi ah</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="70"/>
        <source>households practising open defecation</source>
        <translation>Qoysaska saxaroda meel bannaan</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="71"/>
        <source>households relying on clean cooking fuel</source>
        <translation>Qoysaska ku tiirsan shidaal karinta nadiif ah</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="72"/>
        <source>households with any electricity</source>
        <translation>Qoysaska haysta koronto nooc kasta</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="73"/>
        <source>households with poor or borderline food consumption</source>
        <translation>Qoysaska cunto-isticmaalkoodu liito ama xad-gudub ku dhow yahay</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="76"/>
        <source>mean persons per sleeping room</source>
        <translation>Celceliska dadka qolka jiifka</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="77"/>
        <source>households with more than 3 persons per sleeping room</source>
        <translation>Qoysaska qolka jiifka ku leh in ka badan 3 qof</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="80"/>
        <source>members aged 5 or more with a disability (Washington Group cut-off)</source>
        <translation>Xubnaha da&apos;doodu tahay 5 ama ka badan ee naafo ah (xadka Kooxda Washington)</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="83"/>
        <source>households whose head has no identity document</source>
        <translation>Qoysaska madaxoodu aanu haysan dukumenti aqoonsi</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="84"/>
        <source>children under 5 with a birth certificate</source>
        <translation>Carruurta ka yar 5 sano ee haysta shahaadada dhalashada</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="85"/>
        <source>households hit by any shock in 6 months</source>
        <translation>Qoysaska ay soo gaartay naxdin kasta 6 bilood gudahood</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="86"/>
        <location filename="../secretariat.py" line="110"/>
        <source>median monthly income per person</source>
        <translation>Dakhliga bishii ee qofkiiba (dhexdhexaad)</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="87"/>
        <source>households using the service in the last 3 months</source>
        <translation>Qoysaska isticmaalay adeegga 3-dii bilood ee la soo dhaafay</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="90"/>
        <source>users reaching it within 30 minutes</source>
        <translation>Isticmaalayaasha gaara 30 daqiiqo gudahood</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="91"/>
        <source>median one-way travel time, minutes</source>
        <translation>Waqtiga socodka hal dhinac (dhexdhexaad), daqiiqado</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="92"/>
        <source>users reporting any barrier</source>
        <translation>Isticmaalayaasha sheegay caqabad kasta</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="93"/>
        <source>households refused because of nationality or status</source>
        <translation>Qoysaska loo diiday jinsiyad ama xaalad awgeed</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="96"/>
        <source>users satisfied (4-5)</source>
        <translation>Isticmaalayaasha ku qanacsan (4-5)</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="97"/>
        <source>median cost per user, last 3 months</source>
        <translation>Kharashka isticmaale kasta (dhexdhexaad), 3-dii bilood ee ugu dambeeyay</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="98"/>
        <source>share of the city&apos;s population</source>
        <translation>Qaybta dadweynaha magaalada</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="99"/>
        <source>average household size</source>
        <translation>Celceliska tirada qoyska</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="100"/>
        <source>dependency ratio (0-17 and 60+ per 18-59)</source>
        <translation>Saamiga ku tiirsanaanta (0-17 iyo 60+ marka loo eego 18-59)</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="101"/>
        <source>males per 100 females</source>
        <translation>Ragga 100-kii dumar</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="102"/>
        <source>P6 dwelling occupancy rate</source>
        <translation>P6 heerka dadka deggan guryaha</translation>
    </message>
</context>
<context>
    <name>IndicatorsTab</name>
    <message>
        <location filename="../secretariat.py" line="324"/>
        <source>&amp;Show</source>
        <translation>Mu&amp;uji</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="328"/>
        <source>Save the table as &amp;CSV…</source>
        <translation>Ku kaydi shaxda C&amp;SV ahaan…</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="330"/>
        <source>Save the chart as &amp;PNG…</source>
        <translation>Ku kaydi jaantuska &amp;PNG ahaan…</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="334"/>
        <source>City</source>
        <translation>Magaalo</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="335"/>
        <source>Population group</source>
        <translation>Kooxda dadweynaha</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="336"/>
        <source>Sex</source>
        <translation>Jinsi</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="337"/>
        <source>Indicator</source>
        <translation>Tilmaame</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="338"/>
        <source>Value</source>
        <translation>Qiime</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="339"/>
        <source>Households (or persons)</source>
        <translation>Qoysas (ama dad)</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="343"/>
        <source>Indicators</source>
        <translation>Tilmaamayaal</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="348"/>
        <source>Bars for each population &amp;group too</source>
        <translation>Tiir koox &amp;kasta oo dadweyne sidoo kale</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="364"/>
        <source>F&amp;orm</source>
        <translation>F&amp;oom</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="365"/>
        <source>S&amp;tate</source>
        <translation>Xa&amp;alad</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="373"/>
        <source>C&amp;hart of</source>
        <translation>&amp;Jaantuska</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="420"/>
        <source>{n} figures, computed on the server.</source>
        <translation>{n} tiro, oo lagu xisaabiyay server-ka.</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="358"/>
        <location filename="../secretariat.py" line="426"/>
        <source>(all)</source>
        <translation>(dhammaan)</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="356"/>
        <source>Computed on the server from the submissions in the chosen state, per city and population group; “{all}” is every city or group together.</source>
        <translation>Waxaa lagu xisaabiyay server-ka jawaabaha xaaladda la doortay, magaalo iyo koox kasta; “{all}” waa dhammaan magaalooyinka ama kooxaha oo wada jira.</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="454"/>
        <source>Save the indicators</source>
        <translation>Kaydi tilmaamayaasha</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="450"/>
        <location filename="../secretariat.py" line="464"/>
        <source>Saved {path}</source>
        <translation>Waa la kaydiyay {path}</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="468"/>
        <source>Save the chart</source>
        <translation>Kaydi jaantuska</translation>
    </message>
</context>
<context>
    <name>KeepAsWritten</name>
    <message>
        <location filename="../keyed_entry.py" line="111"/>
        <source>Not what the form allows</source>
        <translation>Maaha waxa foomku oggol yahay</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="116"/>
        <source>{value} breaks the form&apos;s rule: {rule}

Is it what the paper says? Keep it as written only when the paper says so: the supervisor will see it.</source>
        <translation>{value} wuxuu jebinayaa xeerka foomka: {rule}

Ma sidaas ayay warqaddu leedahay? U kaydi sida loo qoray oo keliya haddii warqaddu sidaas leedahay: kormeeruhu wuu arki doonaa.</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="124"/>
        <source>&amp;Note (optional):</source>
        <translation>&amp;Qoraal (ikhtiyaari):</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="130"/>
        <source>&amp;Correct it</source>
        <translation>&amp;Sax</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="133"/>
        <source>&amp;Keep as written on the paper</source>
        <translation>&amp;Kaydi sida warqadda ugu qoran</translation>
    </message>
</context>
<context>
    <name>KeyedEntryView</name>
    <message>
        <location filename="../keyed_entry.py" line="177"/>
        <source>Questionnaire &amp;number</source>
        <translation>&amp;Lambarka su&apos;aalaha</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="178"/>
        <source>Interview da&amp;te</source>
        <translation>&amp;Taariikhda wareysiga</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="179"/>
        <source>&amp;Enumerator on the paper</source>
        <translation>&amp;Xogururiyaha ku qoran warqadda</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="180"/>
        <source>&amp;Batch</source>
        <translation>&amp;Kooxda</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="189"/>
        <source>DD/MM/YYYY</source>
        <translation>MM/BB/SSSS</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="211"/>
        <source>Enter: next · Up: back · Ctrl+Enter: save this questionnaire and key the next</source>
        <translation>Enter: kan xiga · Kor: dib · Ctrl+Enter: kaydi su&apos;aalahan oo gali kan xiga</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="214"/>
        <source>&amp;Save and key the next</source>
        <translation>Kaydi oo &amp;gali kan xiga</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="228"/>
        <source>No choice has the code {code}. The codes are {codes}.</source>
        <translation>Ma jiro doorasho leh koodhka {code}. Koodhadhku waa {codes}.</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="229"/>
        <source>One code only: {codes}.</source>
        <translation>Hal koodh oo keliya: {codes}.</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="230"/>
        <source>Code {code} cannot be chosen here (by an earlier answer).</source>
        <translation>Koodhka {code} halkan lama dooran karo (jawaab hore awgeed).</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="231"/>
        <source>This question needs an answer.</source>
        <translation>Su&apos;aashan waxay u baahan tahay jawaab.</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="233"/>
        <source>Key the questionnaire&apos;s number as written on the paper (digits only), or scan its QR code.</source>
        <translation>Geli lambarka foomka sida warqadda ugu qoran (tirooyin oo keliya), ama iskaan koodhkiisa QR.</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="237"/>
        <source>{date} is not a day of the calendar: check the day and the month.</source>
        <translation>{date} maaha maalin jirta: hubi maalinta iyo bisha.</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="240"/>
        <source>Questionnaire {number} was keyed already (on {when}). Check the number.</source>
        <translation>Su&apos;aalaha {number} hore ayaa loo galiyay ({when}). Hubi lambarka.</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="242"/>
        <source>Key the interview&apos;s date as DD/MM/YYYY.</source>
        <translation>Gali taariikhda wareysiga sida MM/BB/SSSS (maalin/bil/sannad).</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="243"/>
        <source>{date} is after today: check the interview&apos;s date.</source>
        <translation>{date} waa maanta kadib: hubi taariikhda wareysiga.</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="244"/>
        <source>Key the enumerator&apos;s name or code, as on the paper.</source>
        <translation>Gali magaca ama koodhka xogururiyaha, sida warqadda.</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="245"/>
        <source>Questionnaire {number} saved: {count} keyed in this sitting.</source>
        <translation>Su&apos;aalaha {number} waa la kaydiyay: {count} ayaa la galiyay fadhigan.</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="246"/>
        <source>Another entry? 1: yes · Enter: no</source>
        <translation>Saf kale? 1: haa · Enter: maya</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="248"/>
        <source>Questionnaire {number} keyed a second time: {differences} answer(s) differ ({count} in this sitting).</source>
        <translation>Su&apos;aalaha {number} mar labaad ayaa la galiyay: {differences} jawaab ayaa kala duwan ({count} fadhigan).</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="252"/>
        <source>Questionnaire {number} has not been keyed a first time (in this batch).</source>
        <translation>Su&apos;aalaha {number} weli lama galin mar koowaad (kooxdan).</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="255"/>
        <source>You keyed questionnaire {number} the first time: another clerk keys it again.</source>
        <translation>Adiga ayaa su&apos;aalaha {number} galiyay markii hore: karraani kale ha galiyo mar kale.</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="257"/>
        <source>Questionnaire {number} was keyed twice already.</source>
        <translation>Su&apos;aalaha {number} hore ayaa laba jeer loo galiyay.</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="258"/>
        <source>This questionnaire&apos;s code is of another form ({form}).</source>
        <translation>Koodhka su&apos;aalahan wuxuu ka tirsan yahay foom kale ({form}).</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="260"/>
        <source>Assignment {id} of this sheet is not on this computer: sync, then scan it again. The number is kept.</source>
        <translation>Shaqada {id} ee warqaddan kuma jirto kombiyuutarkan: isku-dheelli, kadibna mar kale iskaan garee. Lambarka waa la hayaa.</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="264"/>
        <source>No question {number} to key here (none has that number, or it is skipped).</source>
        <translation>Ma jirto su&apos;aal {number} oo halkan la galiyo (midna ma laha lambarkaas, ama waa laga booday).</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="266"/>
        <source>Key 1 for another entry, or nothing to go on.</source>
        <translation>Gali 1 saf kale, ama waxba ha galin si aad u sii socoto.</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="298"/>
        <source>Second keying (blind) of paper questionnaires: {form}</source>
        <translation>Galinta labaad (indha la&apos;aan) ee su&apos;aalaha warqadda: {form}</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="301"/>
        <source>Keying paper questionnaires: {form}</source>
        <translation>Galinta su&apos;aalaha warqadda: {form}</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="535"/>
        <source>kept as on paper</source>
        <translation>sida warqadda loo kaydiyay</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="601"/>
        <source>Go to question</source>
        <translation>U gudub su&apos;aal</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="602"/>
        <source>Question &amp;number:</source>
        <translation>&amp;Lambarka su&apos;aasha:</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="778"/>
        <source>End of the questionnaire: Enter saves it.</source>
        <translation>Dhammaadka su&apos;aalaha: Enter ayaa kaydinaysa.</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="879"/>
        <source>End of the questionnaire: Enter saves it, Up goes back.</source>
        <translation>Dhammaadka foomka: Enter waa kaydisaa, Kor waa dib u noqotaa.</translation>
    </message>
</context>
<context>
    <name>LoginView</name>
    <message>
        <location filename="../login.py" line="61"/>
        <source>Password</source>
        <translation>Erayga sirta</translation>
    </message>
    <message>
        <location filename="../login.py" line="65"/>
        <source>Welcome to Daftari. Create the administrator profile for this computer: it can add the other users and reset a forgotten password.</source>
        <translation>Ku soo dhawow Daftari. Samee akoonka maamulaha ee kombiyuutarkan: maamuluhu wuu ku dari karaa isticmaalayaasha kale, wuxuuna eray sir cusub siin karaa qofkii ilaaway kiisa.</translation>
    </message>
    <message>
        <location filename="../login.py" line="74"/>
        <source>&amp;Name:</source>
        <translation>&amp;Magaca:</translation>
    </message>
    <message>
        <location filename="../login.py" line="75"/>
        <source>&amp;Enumerator id:</source>
        <translation>&amp;Lambarka tirakoobaha:</translation>
    </message>
    <message>
        <location filename="../login.py" line="76"/>
        <source>&amp;Site (city):</source>
        <translation>&amp;Goobta (magaalada):</translation>
    </message>
    <message>
        <location filename="../login.py" line="77"/>
        <location filename="../login.py" line="96"/>
        <source>&amp;Password:</source>
        <translation>&amp;Erayga sirta:</translation>
    </message>
    <message>
        <location filename="../login.py" line="78"/>
        <source>&amp;Repeat the password:</source>
        <translation>&amp;Ku celi erayga sirta:</translation>
    </message>
    <message>
        <location filename="../login.py" line="79"/>
        <source>&amp;Create profile</source>
        <translation>&amp;Samee akoon</translation>
    </message>
    <message>
        <location filename="../login.py" line="83"/>
        <source>Locked. Enter your password to go on, or switch user.</source>
        <translation>Waa qufulan yahay. Geli erayga sirta si aad u sii wadato, ama beddel isticmaalaha.</translation>
    </message>
    <message>
        <location filename="../login.py" line="85"/>
        <source>Who is working?</source>
        <translation>Yaa shaqaynaya?</translation>
    </message>
    <message>
        <location filename="../login.py" line="95"/>
        <source>&amp;User:</source>
        <translation>&amp;Isticmaale:</translation>
    </message>
    <message>
        <location filename="../login.py" line="97"/>
        <source>&amp;Log in</source>
        <translation>&amp;Soo gal</translation>
    </message>
    <message>
        <location filename="../login.py" line="137"/>
        <source>The two passwords are not the same.</source>
        <translation>Labada eray sir isku mid ma aha.</translation>
    </message>
    <message>
        <location filename="../login.py" line="152"/>
        <source>Checking…</source>
        <translation>Waa la hubinayaa…</translation>
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
        <translation>&amp;Ku rakib foom (XLSForm)…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="161"/>
        <source>&amp;Lock / switch user</source>
        <translation>&amp;Quful / beddel isticmaalaha</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="162"/>
        <source>&amp;Sync now</source>
        <translation>&amp;Hadda la xiriir seerfarka</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="163"/>
        <source>&amp;Connect to a server…</source>
        <translation>Ku xir &amp;seerfar…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="165"/>
        <source>Connect to ODK Central or &amp;KoboToolbox…</source>
        <translation>Ku xir &amp;ODK Central ama KoboToolbox…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="168"/>
        <source>&amp;Bring a bundle from a USB stick…</source>
        <translation>Soo &amp;geli xidhmo USB ah…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="171"/>
        <source>Bundles b&amp;rought from USB sticks…</source>
        <translation>&amp;Xidhmooyinka laga keenay USB…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="174"/>
        <source>&amp;Put submissions on a USB stick…</source>
        <translation>Xogta ku shub &amp;USB…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="177"/>
        <source>Receive &amp;updates from a USB stick…</source>
        <translation>Ka hel &amp;cusboonaysiinta USB…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="179"/>
        <source>&amp;Users…</source>
        <translation>&amp;Isticmaalayaasha…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="181"/>
        <source>&amp;Quit</source>
        <translation>&amp;Bax</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="182"/>
        <source>&amp;View</source>
        <translation>&amp;Muuqaal</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="184"/>
        <source>Larger text</source>
        <translation>Qoraal ka weyn</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="187"/>
        <source>Smaller text</source>
        <translation>Qoraal ka yar</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="189"/>
        <source>Normal text size</source>
        <translation>Cabbirka caadiga ah ee qoraalka</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="192"/>
        <source>&amp;My forms and submissions</source>
        <translation>&amp;Foomamkayga iyo jawaabahayga</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="195"/>
        <source>&amp;Review submissions</source>
        <translation>&amp;Dib u eeg jawaabaha</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="199"/>
        <source>&amp;Indicators, data and exports</source>
        <translation>&amp;Tilmaamayaal, xog iyo dhoofin</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="204"/>
        <source>&amp;Key paper questionnaires…</source>
        <translation>&amp;Gali su&apos;aalaha warqadda…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="208"/>
        <source>Key papers a &amp;second time (verification)…</source>
        <translation>Gali warqadaha mar la&amp;baad (hubin)…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="213"/>
        <source>&amp;Batches and differences</source>
        <translation>&amp;Kooxaha iyo kala duwanaanshaha</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="216"/>
        <source>Household &amp;conflicts…</source>
        <translation>Khilaafaadka &amp;qoysaska…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="219"/>
        <source>&amp;Assignments</source>
        <translation>&amp;Shaqooyinka</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="222"/>
        <source>&amp;Quality of the work</source>
        <translation>Ta&amp;yada shaqada</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="224"/>
        <source>Interface &amp;language</source>
        <translation>&amp;Luqadda barnaamijka</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="282"/>
        <source>Locked</source>
        <translation>Qufulan</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="413"/>
        <source>Install a form first (Ctrl+I).</source>
        <translation>Marka hore rakib foom (Ctrl+I).</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="418"/>
        <source>Key paper questionnaires</source>
        <translation>Gali su&apos;aalaha warqadda</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="419"/>
        <source>&amp;Form:</source>
        <translation>&amp;Foom:</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="592"/>
        <source>Connected: {n} form(s) listed there, installed on this computer now.</source>
        <translation>Waa la isku xiray: {n} foom ayaa halkaas ku qoran, waxaana lagu rakibay kombiyuutarkan.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="607"/>
        <source>Bring a bundle from a USB stick</source>
        <translation>Soo geli xidhmo USB ah</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="609"/>
        <location filename="../main_window.py" line="688"/>
        <location filename="../main_window.py" line="768"/>
        <source>Daftari bundles (*.bundle);;All files (*)</source>
        <translation>Xidhmooyinka Daftari (*.bundle);;Dhammaan faylasha (*)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="632"/>
        <source>{name} is kept on this computer, sealed. It goes to the server at the first sync once this computer is connected to one (Daftari → Connect to a server).</source>
        <translation>{name} waxaa lagu hayaa kombiyuutarkan, iyadoo xiran. Waxay u gudbi doontaa seerfarka marka ugu horreysa ee la xiriiro kadib marka kombiyuutarkan lagu xiro seerfar (Daftari → Ku xir seerfar).</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="637"/>
        <source>{name} is kept on this computer and goes to the server at the next sync. It is sealed: its answers cannot be read here.</source>
        <translation>{name} waxaa lagu hayaa kombiyuutarkan, waxayna u gudbi doontaa seerfarka marka xiga ee la xiriiro. Waa xiran tahay: jawaabaheeda halkan lagama akhrin karo.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="642"/>
        <source>Bundle kept</source>
        <translation>Xidhmada waa la hayaa</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="655"/>
        <source>The bundle was not kept</source>
        <translation>Xidhmada lama hayn</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="671"/>
        <location filename="../main_window.py" line="739"/>
        <location filename="../main_window.py" line="749"/>
        <source>Nothing was put on the stick</source>
        <translation>Waxba laguma shubin USB-ga</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="684"/>
        <source>Put submissions on a USB stick</source>
        <translation>Xogta ku shub USB</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="708"/>
        <source>Submissions put on the stick</source>
        <translation>Xogta waa lagu shubay USB-ga</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="710"/>
        <source>{n} submission(s) went into {file}. Take the stick to a computer that syncs with the server; they stay here as waiting until this computer&apos;s next sync hears that they arrived.</source>
        <translation>{n} xog ayaa galay {file}. USB-ga u qaado kombiyuutar la xidhiidha server-ka; halkan way sugayaan ilaa isku-xidhka xiga ee kombiyuutarkan uu maqlo inay gaadheen.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="725"/>
        <source>{file} could not be written ({why}): nothing was put on the stick. Is the stick in, not full, and not locked against writing?</source>
        <translation>{file} lama qori karin ({why}): waxba laguma shubin USB-ga. USB-gu ma ku jiraa, miyaanu buuxin, miyaanu qorista ka xidhnayn?</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="732"/>
        <source>Your waiting submissions and their photos are more than one bundle carries. Sync them over a network, or ask for help to write them in several bundles.</source>
        <translation>Xogtaada sugaysa iyo sawiradeeda way ka badan yihiin inta xidhmo keliya qaadi karto. Ku xidh shabakad, ama caawimo weydiiso si loogu qoro dhowr xidhmo.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="743"/>
        <source>A bundle is sealed for your server, so that only it can read it: connect to it first (Daftari → Connect to a server).</source>
        <translation>Xidhmadu waxaa loo xidhaa server-kaaga, si uu keliya u akhriyo: marka hore ku xidh (Daftari → Ku xidh server).</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="751"/>
        <source>No finalized submission of yours waits to be sent: there is nothing to put on a stick, and no file was written.</source>
        <translation>Ma jirto xog kuu dhammaatay oo sugaysa in la diro: ma jiro wax lagu shubo USB, fayl lama qorin.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="762"/>
        <location filename="../main_window.py" line="795"/>
        <source>Nothing was received</source>
        <translation>Waxba lama helin</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="766"/>
        <source>Receive updates from a USB stick</source>
        <translation>Ka hel cusboonaysiinta USB</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="781"/>
        <source>Updates received</source>
        <translation>Cusboonaysiinta waa la helay</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="783"/>
        <source>{entities} household(s) or person(s) of the site&apos;s lists and {assignments} assignment(s) are on this computer now; {returned} submission(s) were sent back to correct.</source>
        <translation>{entities} qoys ama qof oo ka mid ah liisaska goobta iyo {assignments} shaqo ayaa hadda ku jira kombiyuutarkan; {returned} foom ayaa loo celiyay in la saxo.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="874"/>
        <source>The visit cannot open</source>
        <translation>Booqashada lama furi karo</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="884"/>
        <source>Opening the form: reading its lists…</source>
        <translation>Foomka ayaa la furayaa: waxaa la akhrinayaa liisaskiisa…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1026"/>
        <source>Reopened by you to correct it.</source>
        <translation>Adiga ayaa dib u furay si aad u saxdo.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1031"/>
        <source>Reopened: correct it and finalize again; it is sent as an edit.</source>
        <translation>Dib ayaa loo furay: sax oo mar kale dhammaystir; waxaa loo diraa wax ka beddel ahaan.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1043"/>
        <source>Discard this draft?</source>
        <translation>Ma tirtirtaa qabyadan?</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1045"/>
        <source>Discard “{title}”? Its answers (and photos) will be deleted from this computer. This cannot be undone.</source>
        <translation>Ma tirtirtaa “{title}”? Jawaabaheeda (iyo sawirrada) waa laga tirtiri doonaa kombiyuutarkan. Dib looma soo celin karo.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1061"/>
        <source>The draft was discarded.</source>
        <translation>Qabyadii waa la tirtiray.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1070"/>
        <source>Finalized. It will be sent when a connection appears.</source>
        <translation>Waa la dhammaystiray. Waa la diri doonaa marka xiriir la helo.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1076"/>
        <source>Choose a file…</source>
        <translation>Dooro fayl…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1077"/>
        <source>OK</source>
        <translation>Hagaag</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1078"/>
        <source>Type a whole number.</source>
        <translation>Qor tiro dhan.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1079"/>
        <source>Type a number.</source>
        <translation>Qor tiro.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1081"/>
        <source>“{typed}” could be {first} or {second}. Type {first} or {second}, as you mean it.</source>
        <translation>“{typed}” wuxuu noqon karaa {first} ama {second}. Qor {first} ama {second}, sida aad ula jeeddo.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1084"/>
        <source>“{typed}”: a comma is not a decimal mark here. For {value}, type {value}.</source>
        <translation>“{typed}”: halkan hakadku (,) ma aha dhibicda tobanlaha. Haddii aad u jeeddo {value}, qor {value}.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1086"/>
        <source>Too many digits to keep exactly.</source>
        <translation>Tirooyin aad u badan ayaa ku jira; si sax ah looma kaydin karo.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1087"/>
        <source>Will be stored as {value}.</source>
        <translation>Waxaa loo kaydin doonaa {value}.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1088"/>
        <source>No choice has the code {code}.</source>
        <translation>Ma jiro doorasho leh koodka {code}.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1089"/>
        <source>Type a date as YYYY-MM-DD (F4 opens a calendar).</source>
        <translation>Qor taariikhda sidan YYYY-MM-DD (F4 waxay furtaa kalandarka).</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1090"/>
        <source>Type a time as HH:MM.</source>
        <translation>Qor saacadda sidan HH:MM.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1091"/>
        <source>Type a date and time as YYYY-MM-DD HH:MM.</source>
        <translation>Qor taariikhda iyo saacadda sidan YYYY-MM-DD HH:MM.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1092"/>
        <source>Latitude</source>
        <translation>Loolka</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1093"/>
        <source>Longitude</source>
        <translation>Dhererka</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1094"/>
        <source>Accuracy (m)</source>
        <translation>Saxnaanta (m)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1095"/>
        <source>Latitude and longitude are numbers, e.g. 3.7194 and 34.8567.</source>
        <translation>Loolka iyo dhererku waa tirooyin, tusaale 3.7194 iyo 34.8567.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1096"/>
        <source>Latitude is between -90 and 90.</source>
        <translation>Loolku wuxuu u dhexeeyaa -90 iyo 90.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1097"/>
        <source>Longitude is between -180 and 180.</source>
        <translation>Dhererku wuxuu u dhexeeyaa -180 iyo 180.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1098"/>
        <source>Accuracy is a positive number of metres.</source>
        <translation>Saxnaantu waa tiro togan oo mitir ah.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1125"/>
        <source>Install a form</source>
        <translation>Ku rakib foom</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1127"/>
        <source>XLSForms (*.xlsx *.xls)</source>
        <translation>XLSForm (*.xlsx *.xls)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1144"/>
        <source>Installed {title}, version {version}.</source>
        <translation>Waa la rakibay {title}, nooca {version}.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1146"/>
        <source>{title}, version {version}, was already installed.</source>
        <translation>{title}, nooca {version}, horay ayaa loo rakibay.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1158"/>
        <source>The form was not installed</source>
        <translation>Foomka lama rakibin</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../messages.py" line="37"/>
        <source>{name} is not a Daftari bundle (or it was cut short): nothing was kept.</source>
        <translation>{name} ma aha xidhmo Daftari (ama waa la gooyay): waxba lama hayn.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="41"/>
        <source>{name} was brought to this computer before: it is not kept twice.</source>
        <translation>{name} horay ayaa loo keenay kombiyuutarkan: laba jeer lama hayo.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="46"/>
        <source>{name} is not a private key (a PEM file, as ODK&apos;s key tools write it).</source>
        <translation>{name} ma aha fure gaar ah (fayl PEM ah, sida qalabka furayaasha ODK u qoro).</translation>
    </message>
    <message>
        <location filename="../messages.py" line="50"/>
        <source>That passphrase does not open {name}.</source>
        <translation>Weedha sirta ahi ma furto {name}.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="56"/>
        <source>{name} is no longer in the list {list} on this computer: it was closed or moved to another site. Ask your supervisor; sync first if you have not today.</source>
        <translation>{name} kuma jiro liiska {list} ee kombiyuutarkan: waa la xiray ama waxaa loo wareejiyay goob kale. Weydii kormeerahaaga; marka hore isku-dheelli haddii aadan maanta samayn.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="65"/>
        <source>A password needs at least {n} characters.</source>
        <translation>Erayga sirtu waa inuu lahaadaa ugu yaraan {n} xaraf.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="74"/>
        <source>{name} holds submissions for the server, not updates from it: bring it to a computer that syncs (Daftari → Bring a bundle from a USB stick).</source>
        <translation>{name} waxa ku jira foomam loogu talagalay seerfarka, ma aha cusboonaysiin ka timid: u gee kombiyuutar isku-dheelliya (Daftari → Keen xidhmo USB).</translation>
    </message>
    <message>
        <location filename="../messages.py" line="79"/>
        <source>{name} was made for another computer: ask the office for updates made for this one. Nothing was applied.</source>
        <translation>{name} waxaa loo sameeyay kombiyuutar kale: xafiiska ka codso cusboonaysiin loo sameeyay kan. Waxba lama dabaqin.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="84"/>
        <source>{name} cannot be read: nothing was applied.</source>
        <translation>{name} lama akhrin karo: waxba lama dabaqin.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="89"/>
        <source>{name} is not updates from the server, or it was damaged or changed on the way: nothing was applied.</source>
        <translation>{name} ma aha cusboonaysiin ka timid seerfarka, ama waa la waxyeeleeyay ama waa la beddelay jidka: waxba lama dabaqin.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="101"/>
        <source>That password is not right.</source>
        <translation>Erayga sirtaasi sax ma aha.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="102"/>
        <source>There is no such user on this computer.</source>
        <translation>Isticmaale caynkaas ah kuma jiro kombiyuutarkan.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="105"/>
        <source>This profile is disabled: ask this computer&apos;s administrator.</source>
        <translation>Akoonkan waa la joojiyay: weydii maamulaha kombiyuutarkan.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="108"/>
        <source>This is a plain {plain} address on the internet: your password and the answers would cross it unencrypted. Use the server&apos;s {secure} address.</source>
        <translation>Tani waa ciwaan {plain} caadi ah oo internetka ah: erayga sirta iyo jawaabaha si qarsoon looma gudbin doono. Isticmaal ciwaanka {secure} ee seerfarka.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="113"/>
        <source>A server address starts with {plain} or {secure}.</source>
        <translation>Cinwaanka seerfarku wuxuu ku bilaabmaa {plain} ama {secure}.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="116"/>
        <source>Say what to correct before sending it back: a comment on the whole, or on an answer (Enter on it).</source>
        <translation>Sheeg waxa la saxayo ka hor intaadan dib u celin: faallo ku saabsan dhammaan, ama jawaab (Enter ku dhufo).</translation>
    </message>
    <message>
        <location filename="../messages.py" line="121"/>
        <source>A comment is at most 4,000 characters, and 2,000 on one answer.</source>
        <translation>Faalladu waa ugu badnaan 4,000 xaraf, jawaab kaliyahna 2,000.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="125"/>
        <source>The server&apos;s checks refused this revision (it breaks the form&apos;s rules): it can only be sent back.</source>
        <translation>Hubinta server-ka ayaa diiday noocan (wuxuu jebinayaa xeerarka foomka): dib uun baa loo celin karaa.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="130"/>
        <source>The quality checks flagged this submission: to approve it, say in the comment why it stands.</source>
        <translation>Hubinta tayada ayaa calaamadeysay gudbintan: si aad u ansixiso, faallada ku sheeg sababta ay ansax u tahay.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="135"/>
        <source>The Secretariat has decided on this revision: the site decides again on the next one.</source>
        <translation>Xoghaynta ayaa go&apos;aan ka gaartay noocan: goobtu waxay mar kale go&apos;aamisaa kan xiga.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="139"/>
        <source>No connection to the server: check the address and the network. Sync will try again by itself.</source>
        <translation>Seerfarka lama gaari karo: hubi cinwaanka iyo shabakadda. Mar kale si toos ah ayaa loola xiriiri doonaa seerfarka.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="144"/>
        <source>The server refused this account name or password.</source>
        <translation>Seerfarku wuu diiday magaca akoonkan ama erayga sirta.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="147"/>
        <source>Something that is not a Daftari server answered: a Wi-Fi login page or a proxy may be in the way.</source>
        <translation>Wax aan ahayn seerfarka Daftari ayaa jawaabay: waxaa laga yaabaa in bogga gelitaanka Wi-Fi ama proxy uu dhexda ku jiro.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="152"/>
        <source>This address does not answer as ODK Central or KoboToolbox do (no form list came back): check it, as ODK Collect would be given it. A Wi-Fi login page or a proxy may be in the way.</source>
        <translation>Cinwaankan uma jawaabo sida ODK Central ama KoboToolbox (liiska foomamka lama soo celin): hubi, sida ODK Collect loo siin lahaa. Bog gelitaan Wi-Fi ama proxy ayaa laga yaabaa inay dhex taagan yihiin.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="158"/>
        <source>No form list came back from this address: check it, as ODK Collect would be given it (an ODK Central address ends with /projects/ and a number).</source>
        <translation>Liiska foomamka lagama soo celin cinwaankan: hubi, sida ODK Collect loo siin lahaa (cinwaanka ODK Central wuxuu ku dhammaadaa /projects/ iyo lambar).</translation>
    </message>
    <message>
        <location filename="../messages.py" line="163"/>
        <source>The server failed. Sync will try again by itself.</source>
        <translation>Seerfarka cilad ayaa ka dhacday. Mar kale si toos ah ayaa loola xiriiri doonaa seerfarka.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="166"/>
        <source>The sync did not finish. It will try again by itself.</source>
        <translation>Isku-xidhku ma dhammaan. Mar kale ayuu isagu isku dayi doonaa.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="169"/>
        <source>The disk is full: nothing new can be saved. Your earlier answers are safe; free some space.</source>
        <translation>Diskiga kombiyuutarku waa buuxsamay: wax cusub lama kaydin karo. Jawaabahaagii hore waa ammaan; tirtir waxyaabo aan loo baahnayn si meel u bannaanaato.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="195"/>
        <source>A newer revision of this submission reached the server since it was looked at here: look at the new one, then decide again.</source>
        <translation>Nooc cusub oo gudbintan ah ayaa gaadhay seerfarka tan iyo markii halkan la eegay: eeg kan cusub, kadibna mar kale go&apos;aanso.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="200"/>
        <source>It changed on the server meanwhile: look at it again, then try again.</source>
        <translation>Seerfarka ayay isbeddeshay inta lagu jiray: mar kale eeg, kadibna isku day mar kale.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="205"/>
        <source>The server does not let your account do this: ask whoever runs the server to check your account&apos;s role.</source>
        <translation>Seerfarku uma oggola akoonkaaga inuu tan sameeyo: weydii qofka maamula seerfarka inuu hubiyo doorka akoonkaaga.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="211"/>
        <source>The server has nothing of that for your account: it may be another site&apos;s, or no longer there.</source>
        <translation>Seerfarku waxaas kuma hayo akoonkaaga: waxay noqon kartaa goob kale, ama mar dambe ma jirto.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="219"/>
        <source>The server could not take this decision as it was made (a comment, or an answer commented on, it cannot keep): open the submission and decide again.</source>
        <translation>Seerfarku ma qaadan karin go&apos;aankan sidii loo sameeyay (faallo, ama jawaab faallo lagu bixiyay, oo uusan hayn karin): fur gudbinta oo mar kale go&apos;aanso.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="227"/>
        <source>Too many attempts at once: wait a few minutes, then try again.</source>
        <translation>Isku dayo aad u badan hal mar: sug dhowr daqiiqo, kadibna isku day mar kale.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="231"/>
        <source>That is more than the server takes at once.</source>
        <translation>Taasi waa ka badan inta seerfarku hal mar qaato.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="232"/>
        <source>The server refused this request.</source>
        <translation>Seerfarku wuu diiday codsigan.</translation>
    </message>
</context>
<context>
    <name>OpenAssignmentsModel</name>
    <message>
        <location filename="../assignment_models.py" line="51"/>
        <source>Household or work</source>
        <translation>Qoys ama shaqo</translation>
    </message>
    <message>
        <location filename="../assignment_models.py" line="52"/>
        <source>Enumerator</source>
        <translation>Tirakoobe</translation>
    </message>
    <message>
        <location filename="../assignment_models.py" line="53"/>
        <source>Form</source>
        <translation>Foom</translation>
    </message>
    <message>
        <location filename="../assignment_models.py" line="54"/>
        <source>Done</source>
        <translation>La dhammeeyay</translation>
    </message>
    <message>
        <location filename="../assignment_models.py" line="55"/>
        <source>Left</source>
        <translation>Hadhay</translation>
    </message>
    <message>
        <location filename="../assignment_models.py" line="56"/>
        <source>Site</source>
        <translation>Goob</translation>
    </message>
    <message>
        <location filename="../assignment_models.py" line="80"/>
        <source>{zone}: {n} new registration(s)</source>
        <translation>{zone}: {n} diiwaangelin cusub</translation>
    </message>
    <message>
        <location filename="../assignment_models.py" line="81"/>
        <source>{n} new registration(s)</source>
        <translation>{n} diiwaangelin cusub</translation>
    </message>
    <message>
        <location filename="../assignment_models.py" line="126"/>
        <source>{title} — given by {who}, {when}</source>
        <translation>{title} — waxaa bixiyay {who}, {when}</translation>
    </message>
</context>
<context>
    <name>OpenRosaDialog</name>
    <message>
        <location filename="../openrosa_dialog.py" line="29"/>
        <source>Connect to ODK Central or KoboToolbox</source>
        <translation>Ku xir ODK Central ama KoboToolbox</translation>
    </message>
    <message>
        <location filename="../openrosa_dialog.py" line="41"/>
        <source>The address ODK Collect would be given. An ODK Central app user&apos;s address needs no account or password; a Central web user&apos;s needs the e-mail and password; a KoboToolbox account&apos;s the user name and password. Its forms are installed here and their submissions go there.</source>
        <translation>Cinwaanka ODK Collect la siin lahaa. Cinwaanka isticmaale app ee ODK Central uma baahna akoon iyo erayga sirta; kan isticmaale web ee Central wuxuu u baahan yahay iimaylka iyo erayga sirta; kan akoonka KoboToolbox magaca isticmaalaha iyo erayga sirta. Foomamkiisa halkan ayaa lagu rakibayaa, jawaabahoodana halkaas ayay aadaan.</translation>
    </message>
    <message>
        <location filename="../openrosa_dialog.py" line="60"/>
        <source>Server &amp;address:</source>
        <translation>&amp;Cinwaanka seerfarka:</translation>
    </message>
    <message>
        <location filename="../openrosa_dialog.py" line="63"/>
        <source>Send over plain http anyway (I know the risk)</source>
        <translation>Ku dir http caadi ah si kastaba (waan ogahay khatarta)</translation>
    </message>
    <message>
        <location filename="../openrosa_dialog.py" line="66"/>
        <source>A&amp;ccount (if asked):</source>
        <translation>&amp;Akoon (haddii la weydiiyo):</translation>
    </message>
    <message>
        <location filename="../openrosa_dialog.py" line="67"/>
        <source>&amp;Password:</source>
        <translation>&amp;Erayga sirta:</translation>
    </message>
    <message>
        <location filename="../openrosa_dialog.py" line="95"/>
        <source>Connecting…</source>
        <translation>Waa la isku xirayaa…</translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <location filename="../overview.py" line="27"/>
        <source>Question</source>
        <translation>Su&apos;aal</translation>
    </message>
    <message>
        <location filename="../overview.py" line="27"/>
        <source>Answer</source>
        <translation>Jawaab</translation>
    </message>
    <message>
        <location filename="../overview.py" line="27"/>
        <source>State</source>
        <translation>Xaalad</translation>
    </message>
    <message>
        <location filename="../overview.py" line="28"/>
        <source>Overview of the form</source>
        <translation>Guudmarka foomka</translation>
    </message>
    <message>
        <location filename="../overview.py" line="69"/>
        <source>note</source>
        <translation>qoraal</translation>
    </message>
    <message>
        <location filename="../overview.py" line="73"/>
        <source>⚠ invalid</source>
        <translation>⚠ khaldan</translation>
    </message>
    <message>
        <location filename="../overview.py" line="75"/>
        <source>✓ answered</source>
        <translation>✓ la jawaabay</translation>
    </message>
    <message>
        <location filename="../overview.py" line="77"/>
        <source>○ required</source>
        <translation>○ waa qasab</translation>
    </message>
    <message>
        <location filename="../overview.py" line="79"/>
        <source>○ unanswered</source>
        <translation>○ lama jawaabin</translation>
    </message>
</context>
<context>
    <name>ProgressModel</name>
    <message>
        <location filename="../assignment_models.py" line="272"/>
        <source>Enumerator</source>
        <translation>Tirakoobe</translation>
    </message>
    <message>
        <location filename="../assignment_models.py" line="273"/>
        <source>Assignments</source>
        <translation>Shaqooyin</translation>
    </message>
    <message>
        <location filename="../assignment_models.py" line="274"/>
        <source>Expected</source>
        <translation>La filayo</translation>
    </message>
    <message>
        <location filename="../assignment_models.py" line="275"/>
        <source>Done</source>
        <translation>La dhammeeyay</translation>
    </message>
    <message>
        <location filename="../assignment_models.py" line="276"/>
        <source>Left</source>
        <translation>Hadhay</translation>
    </message>
    <message>
        <location filename="../assignment_models.py" line="277"/>
        <source>Site</source>
        <translation>Goob</translation>
    </message>
    <message>
        <location filename="../assignment_models.py" line="291"/>
        <source>All of {site}</source>
        <translation>Goobta {site} oo dhan</translation>
    </message>
    <message>
        <location filename="../assignment_models.py" line="309"/>
        <source>Nobody has open work: Assign… gives the site&apos;s enumerators and clerks some.</source>
        <translation>Qofna shaqo socota ma hayo: Bixi shaqo… ayaa siisa tirakoobayaasha iyo karraaniyada goobta shaqo.</translation>
    </message>
</context>
<context>
    <name>QualityView</name>
    <message>
        <location filename="../quality_view.py" line="173"/>
        <source>Quality of the work</source>
        <translation>Tayada shaqada</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="182"/>
        <source>&amp;Form:</source>
        <translation>&amp;Foom:</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="192"/>
        <source>every site</source>
        <translation>goob kasta</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="194"/>
        <source>Site</source>
        <translation>Goob</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="196"/>
        <source>S&amp;ite:</source>
        <translation>&amp;Goobta:</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="198"/>
        <source>&amp;Read (F5)</source>
        <translation>&amp;Akhri (F5)</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="215"/>
        <source>&amp;Enumerators</source>
        <translation>&amp;Tirakoobayaasha</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="216"/>
        <source>&amp;Map</source>
        <translation>&amp;Khariidadda</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="217"/>
        <source>C&amp;hecks</source>
        <translation>&amp;Hubinta</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="227"/>
        <source>This computer is not connected to a server: connect it first.</source>
        <translation>Kombiyuutarkan kuma xirna seerfar: marka hore ku xir.</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="235"/>
        <source>Day</source>
        <translation>Maalin</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="236"/>
        <source>Enumerator</source>
        <translation>Tirakoobe</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="237"/>
        <location filename="../quality_view.py" line="260"/>
        <source>Interviews</source>
        <translation>Wareysiyo</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="238"/>
        <location filename="../quality_view.py" line="254"/>
        <source>Median minutes</source>
        <translation>Daqiiqado (dhexdhexaad)</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="239"/>
        <location filename="../quality_view.py" line="255"/>
        <source>Flagged</source>
        <translation>La calaamadeeyay</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="240"/>
        <location filename="../quality_view.py" line="256"/>
        <source>Sent back</source>
        <translation>Dib loo celiyay</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="241"/>
        <location filename="../quality_view.py" line="257"/>
        <source>Don&apos;t know</source>
        <translation>Ma aqaan</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="242"/>
        <location filename="../quality_view.py" line="258"/>
        <source>Refused</source>
        <translation>Diiday</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="243"/>
        <location filename="../quality_view.py" line="259"/>
        <source>Roster size</source>
        <translation>Tirada xubnaha qoyska</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="244"/>
        <source>Timed</source>
        <translation>Waqti la cabbiray</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="250"/>
        <source>Per enumerator and day</source>
        <translation>Tirakoobe kasta iyo maalin kasta</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="264"/>
        <source>Char&amp;t of:</source>
        <translation>&amp;Jaantuska:</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="285"/>
        <source>Map of the site</source>
        <translation>Khariidadda goobta</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="286"/>
        <source>No areas and no points yet: Read (F5).</source>
        <translation>Weli ma jiraan aagag iyo dhibco: Akhri (F5).</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="288"/>
        <source>by enumerator</source>
        <translation>tirakoobe ahaan</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="289"/>
        <source>by flag (red: flagged)</source>
        <translation>calaamad ahaan (casaan: la calaamadeeyay)</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="291"/>
        <source>&amp;Colour:</source>
        <translation>Mida&amp;b:</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="296"/>
        <source>Arrows move, + and − zoom, 0 shows all.</source>
        <translation>Fallaadhuhu way dhaqaajiyaan, + iyo − way weyneeyaan ama yareeyaan, 0 wuxuu muujiyaa dhammaan.</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="313"/>
        <source>Name</source>
        <translation>Magac</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="314"/>
        <source>Check</source>
        <translation>Hubin</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="315"/>
        <source>Field</source>
        <translation>Su&apos;aal</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="316"/>
        <source>Parameters</source>
        <translation>Halbeegyo</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="317"/>
        <source>From</source>
        <translation>Laga helay</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="323"/>
        <source>The form&apos;s checks</source>
        <translation>Hubinta foomka</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="330"/>
        <source>a question&apos;s name, e.g. hh_size</source>
        <translation>magaca su&apos;aal, tusaale hh_size</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="336"/>
        <source>&amp;Name:</source>
        <translation>Maga&amp;ca:</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="337"/>
        <source>Chec&amp;k:</source>
        <translation>&amp;Nooca hubinta:</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="338"/>
        <source>Q&amp;uestion:</source>
        <translation>&amp;Su&apos;aal:</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="339"/>
        <source>&amp;Parameters:</source>
        <translation>Ha&amp;lbeegyo:</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="340"/>
        <source>Me&amp;ssage:</source>
        <translation>Fa&amp;riin:</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="345"/>
        <source>&amp;Add the check</source>
        <translation>Ku dar h&amp;ubinta</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="347"/>
        <source>&amp;Take the chosen check away</source>
        <translation>Ka saar hub&amp;inta la doortay</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="375"/>
        <source>Reading from the server…</source>
        <translation>Waxaa laga akhrinayaa seerfarka…</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="403"/>
        <source>{points} interviews on the map, {flagged} of them flagged.</source>
        <translation>{points} wareysi ayaa khariidadda ku jira, {flagged} ka mid ah waa la calaamadeeyay.</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="409"/>
        <source>Team</source>
        <translation>Kooxda</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="418"/>
        <source>every day</source>
        <translation>maalin kasta</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="471"/>
        <source>flagged</source>
        <translation>la calaamadeeyay</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="471"/>
        <source>not flagged</source>
        <translation>aan la calaamadeyn</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="487"/>
        <source>the form</source>
        <translation>foomka</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="487"/>
        <source>a supervisor</source>
        <translation>kormeere</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="512"/>
        <source>The check was added; the flags follow within a minute.</source>
        <translation>Hubinta waa lagu daray; calaamaduhu waxay iman doonaan hal daqiiqo gudaheed.</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="532"/>
        <source>The check was taken away.</source>
        <translation>Hubinta waa laga saaray.</translation>
    </message>
</context>
<context>
    <name>QuestionBox</name>
    <message>
        <location filename="../question_box.py" line="76"/>
        <source>Reviewer: {comment}</source>
        <translation>Dib-u-eegaha: {comment}</translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <location filename="../reassign_dialog.py" line="111"/>
        <source>Reassign</source>
        <translation>U wareeji</translation>
    </message>
    <message>
        <location filename="../reassign_dialog.py" line="117"/>
        <source> and {n} more</source>
        <translation> iyo {n} kale</translation>
    </message>
    <message>
        <location filename="../reassign_dialog.py" line="119"/>
        <source>Give {n} assignment(s) to someone else: {titles}</source>
        <translation>U wareeji {n} shaqo qof kale: {titles}</translation>
    </message>
    <message>
        <location filename="../reassign_dialog.py" line="125"/>
        <source>Give to</source>
        <translation>Cidda la siinayo</translation>
    </message>
    <message>
        <location filename="../reassign_dialog.py" line="126"/>
        <source>Reading who works at the site…</source>
        <translation>Waxaa la akhrinayaa cidda ka shaqaysa goobta…</translation>
    </message>
    <message>
        <location filename="../reassign_dialog.py" line="127"/>
        <source>&amp;Give to:</source>
        <translation>&amp;Cidda la siinayo:</translation>
    </message>
    <message>
        <location filename="../reassign_dialog.py" line="131"/>
        <source>What happened</source>
        <translation>Waxa dhacay</translation>
    </message>
    <message>
        <location filename="../reassign_dialog.py" line="148"/>
        <source>&amp;Reassign</source>
        <translation>U &amp;wareeji</translation>
    </message>
    <message>
        <location filename="../reassign_dialog.py" line="155"/>
        <source>Nobody else at this site can be given work</source>
        <translation>Qof kale oo goobtan ah shaqo lama siin karo</translation>
    </message>
    <message>
        <location filename="../reassign_dialog.py" line="168"/>
        <source>Choose who does the work.</source>
        <translation>Dooro cidda qabanaysa shaqada.</translation>
    </message>
    <message>
        <location filename="../reassign_dialog.py" line="173"/>
        <source>Sending to the server…</source>
        <translation>Waxaa loo dirayaa seerfarka…</translation>
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
        <translation>La helay</translation>
    </message>
    <message>
        <location filename="../review.py" line="92"/>
        <source>Corrected</source>
        <translation>La saxay</translation>
    </message>
    <message>
        <location filename="../review.py" line="93"/>
        <source>Sent back</source>
        <translation>Dib loo celiyay</translation>
    </message>
    <message>
        <location filename="../review.py" line="94"/>
        <source>Approved by the site</source>
        <translation>Goobta ayaa ansixisay</translation>
    </message>
    <message>
        <location filename="../review.py" line="95"/>
        <source>Approved</source>
        <translation>La ansixiyay</translation>
    </message>
    <message>
        <location filename="../review.py" line="106"/>
        <location filename="../review.py" line="186"/>
        <source>Submissions to review</source>
        <translation>Jawaabo la eegayo</translation>
    </message>
    <message>
        <location filename="../review.py" line="112"/>
        <source>Every state</source>
        <translation>Xaalad kasta</translation>
    </message>
    <message>
        <location filename="../review.py" line="116"/>
        <source>Every enumerator</source>
        <translation>Tirakoobe kasta</translation>
    </message>
    <message>
        <location filename="../review.py" line="120"/>
        <source>Every form</source>
        <translation>Foom kasta</translation>
    </message>
    <message>
        <location filename="../review.py" line="125"/>
        <source>Flagged or not</source>
        <translation>Dhammaan</translation>
    </message>
    <message>
        <location filename="../review.py" line="126"/>
        <source>Flagged by the checks</source>
        <translation>La calaamadeeyay</translation>
    </message>
    <message>
        <location filename="../review.py" line="127"/>
        <source>Not flagged</source>
        <translation>Aan la calaamadeyn</translation>
    </message>
    <message>
        <location filename="../review.py" line="129"/>
        <source>Every site</source>
        <translation>Goob kasta</translation>
    </message>
    <message>
        <location filename="../review.py" line="135"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../review.py" line="149"/>
        <source>&amp;State</source>
        <translation>&amp;Xaalad</translation>
    </message>
    <message>
        <location filename="../review.py" line="150"/>
        <source>&amp;Enumerator</source>
        <translation>&amp;Tirakoobe</translation>
    </message>
    <message>
        <location filename="../review.py" line="151"/>
        <source>F&amp;orm</source>
        <translation>F&amp;oom</translation>
    </message>
    <message>
        <location filename="../review.py" line="152"/>
        <source>Fla&amp;gs</source>
        <translation>&amp;Calaamado</translation>
    </message>
    <message>
        <location filename="../review.py" line="155"/>
        <source>S&amp;ite</source>
        <translation>&amp;Goob</translation>
    </message>
    <message>
        <location filename="../review.py" line="157"/>
        <source>&amp;Received from</source>
        <translation>La &amp;helay laga bilaabo</translation>
    </message>
    <message>
        <location filename="../review.py" line="158"/>
        <source>to</source>
        <translation>ilaa</translation>
    </message>
    <message>
        <location filename="../review.py" line="173"/>
        <source>Title</source>
        <translation>Cinwaan</translation>
    </message>
    <message>
        <location filename="../review.py" line="174"/>
        <source>Form</source>
        <translation>Foom</translation>
    </message>
    <message>
        <location filename="../review.py" line="175"/>
        <source>Enumerator</source>
        <translation>Tirakoobe</translation>
    </message>
    <message>
        <location filename="../review.py" line="176"/>
        <source>Site</source>
        <translation>Goob</translation>
    </message>
    <message>
        <location filename="../review.py" line="178"/>
        <source>Revision</source>
        <translation>Dib-u-habeyn</translation>
    </message>
    <message>
        <location filename="../review.py" line="179"/>
        <source>State</source>
        <translation>Xaalad</translation>
    </message>
    <message>
        <location filename="../review.py" line="180"/>
        <source>Keyed by</source>
        <translation>Waxaa geliyay</translation>
    </message>
    <message>
        <location filename="../review.py" line="181"/>
        <source>Flags</source>
        <translation>Calaamado</translation>
    </message>
    <message>
        <location filename="../review.py" line="198"/>
        <source>Household &amp;conflicts…</source>
        <translation>Khilaafaadka &amp;qoysaska…</translation>
    </message>
    <message>
        <location filename="../review.py" line="231"/>
        <source>Type a date as YYYY-MM-DD, e.g. 2026-11-30.</source>
        <translation>Taariikhda u qor YYYY-MM-DD, tusaale 2026-11-30.</translation>
    </message>
    <message>
        <location filename="../review.py" line="244"/>
        <source>{state} (to send)</source>
        <translation>{state} (la dirayo)</translation>
    </message>
    <message>
        <location filename="../review.py" line="246"/>
        <source>{state} ⚠ not accepted</source>
        <translation>{state} ⚠ lama aqbalin</translation>
    </message>
    <message numerus="yes">
        <location filename="../review.py" line="263"/>
        <source>%n flag(s) of the quality checks</source>
        <translation>
            <numerusform>%n calaamad oo ka timid hubinta tayada</numerusform>
            <numerusform>%n calaamadood oo ka yimid hubinta tayada</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../review.py" line="275"/>
        <source>flagged by the checks: {count}</source>
        <translation>waxaa calaamadeeyay hubinta: {count}</translation>
    </message>
    <message>
        <location filename="../review.py" line="280"/>
        <source>Nothing to review here. Submissions of your site come at each sync (F5).</source>
        <translation>Halkan wax la eego ma jiraan. Jawaabaha goobtaada waxay yimaadaan mar kasta oo la isku xiro (F5).</translation>
    </message>
</context>
<context>
    <name>SecretariatView</name>
    <message>
        <location filename="../secretariat.py" line="129"/>
        <source>Approved</source>
        <translation>La ansixiyay</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="130"/>
        <source>Every state</source>
        <translation>Xaalad kasta</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="131"/>
        <source>Approved by the site</source>
        <translation>Goobta ayaa ansixisay</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="132"/>
        <source>Received</source>
        <translation>La helay</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="133"/>
        <source>Corrected</source>
        <translation>La saxay</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="134"/>
        <source>Sent back</source>
        <translation>Dib loo celiyay</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="141"/>
        <source>&amp;Indicators</source>
        <translation>&amp;Tilmaamayaal</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="142"/>
        <source>D&amp;ata</source>
        <translation>&amp;Xog</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="143"/>
        <source>D&amp;uplicates</source>
        <translation>&amp;Labanlaab</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="144"/>
        <source>E&amp;xport</source>
        <translation>Soo saa&amp;r</translation>
    </message>
</context>
<context>
    <name>SubmissionReview</name>
    <message>
        <location filename="../review.py" line="346"/>
        <source>Form &amp;language</source>
        <translation>&amp;Luqadda foomka</translation>
    </message>
    <message>
        <location filename="../review.py" line="360"/>
        <source>Values kept as written on the paper</source>
        <translation>Qiimayaal loo kaydiyay sida warqadda ugu qoran</translation>
    </message>
    <message>
        <location filename="../review.py" line="368"/>
        <source>Flags of the quality checks</source>
        <translation>Calaamadaha hubinta tayada</translation>
    </message>
    <message>
        <location filename="../review.py" line="372"/>
        <source>Question</source>
        <translation>Su&apos;aal</translation>
    </message>
    <message>
        <location filename="../review.py" line="372"/>
        <source>Answer</source>
        <translation>Jawaab</translation>
    </message>
    <message>
        <location filename="../review.py" line="372"/>
        <source>Your comment on the answer</source>
        <translation>Faalladaada jawaabta</translation>
    </message>
    <message>
        <location filename="../review.py" line="374"/>
        <source>Answers</source>
        <translation>Jawaabaha</translation>
    </message>
    <message>
        <location filename="../review.py" line="399"/>
        <source>&amp;Comment on the whole submission</source>
        <translation>&amp;Faallo ku saabsan jawaabta oo dhan</translation>
    </message>
    <message>
        <location filename="../review.py" line="413"/>
        <source>&amp;Approve</source>
        <translation>&amp;Ansixi</translation>
    </message>
    <message>
        <location filename="../review.py" line="414"/>
        <source>Send &amp;back for correction</source>
        <translation>Dib ugu &amp;celi si loo saxo</translation>
    </message>
    <message>
        <location filename="../review.py" line="415"/>
        <source>Back to the list (Esc)</source>
        <translation>Ku noqo liiska (Esc)</translation>
    </message>
    <message>
        <location filename="../review.py" line="485"/>
        <source>Details from the server: {detail}</source>
        <translation>Faahfaahin seerfarka: {detail}</translation>
    </message>
    <message>
        <location filename="../review.py" line="497"/>
        <source>The quality checks flagged this submission. To approve it, say in the comment why it stands:</source>
        <translation>Hubinta tayada ayaa calaamadeysay jawaabtan. Si aad u ansixiso, faallada ku sheeg sababta ay ansax u tahay:</translation>
    </message>
    <message>
        <location filename="../review.py" line="531"/>
        <source>{form}, version {version}</source>
        <translation>{form}, nooca {version}</translation>
    </message>
    <message>
        <location filename="../review.py" line="535"/>
        <source>Enumerator: {name} · Site: {site}</source>
        <translation>Tirakoobe: {name} · Goob: {site}</translation>
    </message>
    <message>
        <location filename="../review.py" line="539"/>
        <source>Received {when} · revision {revision} · {state}</source>
        <translation>La helay {when} · dib-u-habeyn {revision} · {state}</translation>
    </message>
    <message>
        <location filename="../review.py" line="547"/>
        <source>Keyed from paper questionnaire {number} (interviewed {date}) by {clerk}</source>
        <translation>Waxaa laga geliyay foomka warqadda {number} (la wareystay {date}), waxaa geliyay {clerk}</translation>
    </message>
    <message>
        <location filename="../review.py" line="556"/>
        <source>{count} answers changed since the revision before (marked).</source>
        <translation>{count} jawaabood ayaa isbeddelay tan iyo nooca hore (waa la calaamadeeyay).</translation>
    </message>
    <message>
        <location filename="../review.py" line="458"/>
        <source>Default</source>
        <translation>Caadiga</translation>
    </message>
    <message>
        <location filename="../review.py" line="563"/>
        <source>The server&apos;s checks refused this revision:</source>
        <translation>Hubinta server-ka ayaa diiday noocan:</translation>
    </message>
    <message>
        <location filename="../review.py" line="567"/>
        <source>Sent back by {who} on {when}</source>
        <translation>Waxaa dib u celiyay {who} {when}</translation>
    </message>
    <message>
        <location filename="../review.py" line="569"/>
        <source>Approved by {who} on {when}</source>
        <translation>Waxaa ansixiyay {who} {when}</translation>
    </message>
    <message>
        <location filename="../review.py" line="477"/>
        <source>The server did not accept the last decision made here: {why}</source>
        <translation>Server-ku ma aqbalin go&apos;aankii ugu dambeeyay ee halkan lagu gaaray: {why}</translation>
    </message>
    <message>
        <location filename="../review.py" line="578"/>
        <source>The paper&apos;s value stands: {question} = {value}</source>
        <translation>Qiimaha warqaddu waa ansax: {question} = {value}</translation>
    </message>
    <message>
        <location filename="../review.py" line="600"/>
        <source>{question} — kept as on paper: {value}</source>
        <translation>{question} — sida warqadda loo kaydiyay: {value}</translation>
    </message>
    <message>
        <location filename="../review.py" line="605"/>
        <source>rule: {rule}</source>
        <translation>xeer: {rule}</translation>
    </message>
    <message>
        <location filename="../review.py" line="607"/>
        <source>note: {note}</source>
        <translation>qoraal: {note}</translation>
    </message>
    <message>
        <location filename="../review.py" line="610"/>
        <source>confirmed by {who} on {when}</source>
        <translation>waxaa xaqiijiyay {who} {when}</translation>
    </message>
    <message>
        <location filename="../review.py" line="615"/>
        <source>not confirmed yet: the indicators leave it out</source>
        <translation>weli lama xaqiijin: tilmaamayaashu kama xisaabiyaan</translation>
    </message>
    <message>
        <location filename="../review.py" line="622"/>
        <source>{answer} — kept as on paper, confirmed</source>
        <translation>{answer} — sida warqadda loo kaydiyay, la xaqiijiyay</translation>
    </message>
    <message>
        <location filename="../review.py" line="624"/>
        <source>{answer} — kept as on paper</source>
        <translation>{answer} — sida warqadda loo kaydiyay</translation>
    </message>
    <message>
        <location filename="../review.py" line="632"/>
        <source>The &amp;paper&apos;s value stands: {question} = {value}</source>
        <translation>Qiimaha &amp;warqaddu waa ansax: {question} = {value}</translation>
    </message>
    <message>
        <location filename="../review.py" line="710"/>
        <source>Changed in this revision</source>
        <translation>Wuu isbeddelay noocan</translation>
    </message>
    <message>
        <location filename="../review.py" line="759"/>
        <source>{state}. The decision goes to the server at the next sync.</source>
        <translation>{state}. Go&apos;aanka waxaa loo dirayaa server-ka marka xiga ee la isku xiro.</translation>
    </message>
</context>
<context>
    <name>SyncLabel</name>
    <message>
        <location filename="../sync_status.py" line="56"/>
        <source>{n} waiting to send</source>
        <translation>{n} ayaa sugaya in la diro</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="58"/>
        <source>{n} finalized sending while locked</source>
        <translation>{n} la dhammeeyay ayaa la dirayaa iyadoo xiran</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="61"/>
        <source>{n} of other users: sent when they sync</source>
        <translation>{n} ee isticmaaleyaal kale: waa la diri doonaa marka ay xiriiraan</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="65"/>
        <source>{n} submissions to review received</source>
        <translation>{n} jawaabood oo la eegayo ayaa la helay</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="68"/>
        <source>sending {step} {done}/{total}</source>
        <translation>waa la dirayaa {step} {done}/{total}</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="73"/>
        <source>syncing…</source>
        <translation>waa la xiriirayaa seerfarka…</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="74"/>
        <source>{kb} kB sent</source>
        <translation>{kb} kB ayaa la diray</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="77"/>
        <source>you are not connected to a server yet (Daftari → Connect to a server)</source>
        <translation>weli kuma xirnid seerfar (Daftari → Ku xir seerfar)</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="80"/>
        <source>last sync {at}</source>
        <translation>xiriirkii u dambeeyay {at}</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="92"/>
        <source>{n} carried bundle(s) refused: Daftari → Bundles brought from USB sticks</source>
        <translation>{n} xidhmo oo la keenay waa la diiday: Daftari → Xidhmooyinka laga keenay USB</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="104"/>
        <source>{n} sent</source>
        <translation>{n} la diray</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="105"/>
        <source>{n} sent back by the server&apos;s checks</source>
        <translation>{n} waxaa soo celiyay hubinta server-ka</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="106"/>
        <source>{n} conflicting</source>
        <translation>{n} is khilaafsan</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="107"/>
        <source>{n} returned for correction</source>
        <translation>{n} loo soo celiyay in la saxo</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="108"/>
        <source>{n} review decisions sent</source>
        <translation>{n} go&apos;aan dib-u-eegis ah ayaa la diray</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="109"/>
        <source>{n} to review</source>
        <translation>{n} in la eego</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="110"/>
        <source>{n} carried bundle(s) delivered</source>
        <translation>{n} xidhmo oo la keenay ayaa la gaarsiiyay</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="122"/>
        <location filename="../sync_status.py" line="124"/>
        <source>no connection to the server</source>
        <translation>xidhiidh lalama laha server-ka</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="126"/>
        <source>the server refused this computer&apos;s login: </source>
        <translation>server-ku wuu diiday galitaanka kombiyuutarkan: </translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="127"/>
        <source>sync stopped by an error: </source>
        <translation>isku-xidhku wuu istaagay khalad dartiis: </translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="135"/>
        <source>submissions</source>
        <translation>foomamka</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="136"/>
        <source>attachments</source>
        <translation>lifaaqyada</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="137"/>
        <source>updates</source>
        <translation>cusboonaysiinta</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="138"/>
        <source>bundles</source>
        <translation>xidhmooyin</translation>
    </message>
</context>
<context>
    <name>ToVisitView</name>
    <message>
        <location filename="../to_visit.py" line="44"/>
        <source>Household or work</source>
        <translation>Qoys ama shaqo</translation>
    </message>
    <message>
        <location filename="../to_visit.py" line="44"/>
        <source>Form</source>
        <translation>Foomka</translation>
    </message>
    <message>
        <location filename="../to_visit.py" line="44"/>
        <source>Done</source>
        <translation>La dhammeeyay</translation>
    </message>
    <message>
        <location filename="../to_visit.py" line="44"/>
        <source>Left</source>
        <translation>Hadhay</translation>
    </message>
    <message>
        <location filename="../to_visit.py" line="48"/>
        <source>To visit</source>
        <translation>In la booqdo</translation>
    </message>
    <message>
        <location filename="../to_visit.py" line="61"/>
        <source>&amp;Open the visit (Enter)</source>
        <translation>Fur b&amp;ooqashada (Enter)</translation>
    </message>
    <message>
        <location filename="../to_visit.py" line="63"/>
        <source>&amp;History (Ctrl+H)</source>
        <translation>&amp;Taariikhda (Ctrl+H)</translation>
    </message>
    <message>
        <location filename="../to_visit.py" line="65"/>
        <source>&amp;Print sheets…</source>
        <translation>Daabac &amp;waraaqaha…</translation>
    </message>
    <message>
        <location filename="../to_visit.py" line="68"/>
        <source>A sheet for each household still to visit with this form, with its QR code: keying the filled sheet starts from the code.</source>
        <translation>Warqad qoys kasta oo weli la booqanayo foomkan, oo wata koodhkiisa QR: gelinta warqadda la buuxiyay waxay ka bilaabataa koodhka.</translation>
    </message>
    <message>
        <location filename="../to_visit.py" line="101"/>
        <source>{title} (begun)</source>
        <translation>{title} (la bilaabay)</translation>
    </message>
    <message>
        <location filename="../to_visit.py" line="106"/>
        <source>done</source>
        <translation>la dhammeeyay</translation>
    </message>
    <message>
        <location filename="../to_visit.py" line="118"/>
        <source>{left} left, {households} of them households to follow up</source>
        <translation>{left} ayaa hadhay, {households} ka mid ah waa qoysas la dabagalo</translation>
    </message>
    <message>
        <location filename="../to_visit.py" line="122"/>
        <source>Nothing assigned to you. Your supervisor assigns work; it comes at sync.</source>
        <translation>Wax laguma xilsaarin. Kormeerahaaga ayaa shaqada qaybiya; waxay timaadaa marka la isku-dheelliyo.</translation>
    </message>
</context>
<context>
    <name>UserForm</name>
    <message>
        <location filename="../users_dialog.py" line="189"/>
        <source>Add a user</source>
        <translation>Ku dar isticmaale</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="189"/>
        <source>New password for {name}</source>
        <translation>Eray sir cusub ee {name}</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="198"/>
        <source>A&amp;dministrator (can add users and reset passwords)</source>
        <translation>M&amp;aamule (wuu ku dari karaa isticmaalayaal, wuuna bixin karaa eray sir cusub)</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="204"/>
        <source>&amp;Name:</source>
        <translation>&amp;Magaca:</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="205"/>
        <source>&amp;Enumerator id:</source>
        <translation>&amp;Lambarka tirakoobaha:</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="206"/>
        <source>&amp;Site (city):</source>
        <translation>&amp;Goobta (magaalada):</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="207"/>
        <source>&amp;Password:</source>
        <translation>&amp;Erayga sirta:</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="208"/>
        <source>&amp;Repeat the password:</source>
        <translation>&amp;Ku celi erayga sirta:</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="222"/>
        <source>A user needs a name.</source>
        <translation>Isticmaaluhu waa inuu leeyahay magac.</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="225"/>
        <source>A password needs at least {n} characters.</source>
        <translation>Erayga sirtu waa inuu lahaadaa ugu yaraan {n} xaraf.</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="229"/>
        <source>The two passwords are not the same.</source>
        <translation>Labada eray sir isku mid ma aha.</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../users_dialog.py" line="37"/>
        <source>Users of this computer</source>
        <translation>Isticmaalayaasha kombiyuutarkan</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="41"/>
        <source>Name</source>
        <translation>Magac</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="41"/>
        <source>Enumerator id</source>
        <translation>Lambarka tirakoobaha</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="41"/>
        <source>Site</source>
        <translation>Goob</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="41"/>
        <source>Role</source>
        <translation>Door</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="43"/>
        <source>Users</source>
        <translation>Isticmaalayaasha</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="52"/>
        <source>&amp;Add a user…</source>
        <translation>&amp;Ku dar isticmaale…</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="53"/>
        <source>&amp;New password…</source>
        <translation>&amp;Eray sir cusub…</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="54"/>
        <location filename="../users_dialog.py" line="106"/>
        <source>&amp;Disable</source>
        <translation>&amp;Jooji</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="84"/>
        <source>administrator</source>
        <translation>maamule</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="84"/>
        <source>enumerator</source>
        <translation>tirakoobe</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="85"/>
        <source>disabled</source>
        <translation>la joojiyay</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="106"/>
        <source>&amp;Enable</source>
        <translation>&amp;Oggolow</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="111"/>
        <source>Working…</source>
        <translation>Waa la shaqaynayaa…</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="138"/>
        <source>{name} was added.</source>
        <translation>{name} waa lagu daray.</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="157"/>
        <source>{name} has a new password.</source>
        <translation>{name} wuxuu helay eray sir cusub.</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="173"/>
        <source>{name} can no longer log in; their submissions stay.</source>
        <translation>{name} mar dambe ma soo geli karo; foomamka uu buuxiyay way sii jiraan.</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="175"/>
        <source>{name} can log in again.</source>
        <translation>{name} mar kale ayuu soo geli karaa.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../errors.py" line="28"/>
        <source>Something went wrong. Your saved answers are safe. The details are in the log file; you can copy them for support.</source>
        <translation>Wax baa khaldamay. Jawaabahaaga la kaydiyay waa ammaan. Faahfaahintu waxay ku jirtaa faylka diiwaanka (log); waad koobi kari kartaa si aad ugu dirto taageerada.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="36"/>
        <source>Copy details</source>
        <translation>Koobi faahfaahinta</translation>
    </message>
</context>
</TS>
