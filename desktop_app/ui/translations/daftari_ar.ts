<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AssignDialog</name>
    <message>
        <location filename="../assign_dialog.py" line="79"/>
        <source>Assign work</source>
        <translation>إسناد العمل</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="100"/>
        <source>Site</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="102"/>
        <source>Form</source>
        <translation>الاستمارة</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="109"/>
        <source>&amp;Households to follow up</source>
        <translation>أسر للمتابعة (&amp;H)</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="110"/>
        <source>&amp;New registrations</source>
        <translation>تسجيلات جديدة (&amp;N)</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="123"/>
        <source>A name, a zone, a number…</source>
        <translation>اسم، منطقة، رقم…</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="125"/>
        <source>Search the households</source>
        <translation>البحث في الأسر</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="135"/>
        <source>Households</source>
        <translation>الأسر</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="141"/>
        <source>&amp;Tick all shown</source>
        <translation>تأشير كل المعروضة (&amp;T)</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="145"/>
        <source>&amp;Untick all</source>
        <translation>إلغاء كل التأشيرات (&amp;U)</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="147"/>
        <source>&amp;Search:</source>
        <translation>بحث (&amp;S):</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="167"/>
        <source>How many registrations</source>
        <translation>عدد التسجيلات</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="170"/>
        <source>Zone</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="171"/>
        <source>Where: a zone, a block, a village</source>
        <translation>أين: منطقة، مربّع، قرية</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="175"/>
        <source>Nu&amp;mber:</source>
        <translation>العدد (&amp;M):</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="176"/>
        <source>&amp;Zone:</source>
        <translation>المنطقة (&amp;Z):</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="182"/>
        <source>Enumerator or clerk</source>
        <translation>الباحث الميداني أو الكاتب</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="186"/>
        <source>What happened</source>
        <translation>ما حدث</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="191"/>
        <source>&amp;Assign</source>
        <translation>إسناد (&amp;A)</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="197"/>
        <source>S&amp;ite:</source>
        <translation>الموقع (&amp;I):</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="200"/>
        <source>&amp;Form:</source>
        <translation>الاستمارة (&amp;F):</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="208"/>
        <source>&amp;Enumerator or clerk:</source>
        <translation>الباحث الميداني أو الكاتب (&amp;E):</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="254"/>
        <source>Work at {site}</source>
        <translation>العمل في {site}</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="260"/>
        <source>Name the site first</source>
        <translation>اكتب اسم الموقع أولًا</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="262"/>
        <source>Reading who works at the site…</source>
        <translation>جارٍ قراءة من يعمل في الموقع…</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="270"/>
        <source>Nobody at this site can be given work</source>
        <translation>لا أحد في هذا الموقع يمكن إسناد عمل إليه</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="287"/>
        <source>No form is installed on this computer.</source>
        <translation>لا توجد استمارة مثبتة على هذا الحاسوب.</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="289"/>
        <source>Reading the households of this form&apos;s list…</source>
        <translation>جارٍ قراءة أسر قائمة هذه الاستمارة…</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="318"/>
        <source>This form follows up no list: it can only be given as new registrations.</source>
        <translation>هذه الاستمارة لا تتابع أي قائمة: لا يمكن إسنادها إلا كتسجيلات جديدة.</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="324"/>
        <source>This form follows up the list {list}, which the sites&apos; computers hold, not this one: give its households from a site supervisor&apos;s computer.</source>
        <translation>هذه الاستمارة تتابع القائمة {list}، وهي على حواسيب المواقع لا على هذا الحاسوب: أسند أسرها من حاسوب مشرف موقع.</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="331"/>
        <source>This form follows up the list {list}, and this computer holds none of its households yet: they come with each sync.</source>
        <translation>هذه الاستمارة تتابع القائمة {list}، ولا توجد على هذا الحاسوب أي من أسرها بعد: تصل مع كل مزامنة.</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="337"/>
        <source>This form follows up the list {list}: {n} households here.</source>
        <translation>هذه الاستمارة تتابع القائمة {list}: {n} أسرة هنا.</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="353"/>
        <source>{shown} of {every} shown · {ticked} ticked</source>
        <translation>المعروض {shown} من {every} · المؤشَّر {ticked}</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="369"/>
        <source>Choose a form.</source>
        <translation>اختر استمارة.</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="372"/>
        <source>Choose who does the work.</source>
        <translation>اختر من سيقوم بالعمل.</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="379"/>
        <source>Tick the households to give (Space ticks the one you are on).</source>
        <translation>أشّر على الأسر التي ستُسندها (Space يؤشّر على الأسرة التي أنت عليها).</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="385"/>
        <source>At most {n} households at once.</source>
        <translation>{n} أسرة على الأكثر في المرة الواحدة.</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="414"/>
        <source>Sending to the server…</source>
        <translation>جارٍ الإرسال إلى الخادم…</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="434"/>
        <source>The server assigned nothing: it refused {n} of the households ticked.</source>
        <translation>لم يُسند الخادم شيئًا: رفض {n} من الأسر المؤشَّرة.</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="440"/>
        <source>• {household}: {why}</source>
        <translation>• {household}: {why}</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="441"/>
        <source>Untick them (in red in the list), then Assign again.</source>
        <translation>ألغِ تأشيرها (بالأحمر في القائمة)، ثم «إسناد» مجددًا.</translation>
    </message>
</context>
<context>
    <name>Assignments</name>
    <message>
        <location filename="../reassign_dialog.py" line="64"/>
        <source>The server said: {words}</source>
        <translation>قال الخادم: {words}</translation>
    </message>
    <message>
        <location filename="../reassign_dialog.py" line="72"/>
        <source>enumerator</source>
        <translation>باحث ميداني</translation>
    </message>
    <message>
        <location filename="../reassign_dialog.py" line="73"/>
        <source>clerk</source>
        <translation>كاتب</translation>
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
        <translation>المهام</translation>
    </message>
    <message>
        <location filename="../assignments_view.py" line="103"/>
        <source>What happened</source>
        <translation>ما حدث</translation>
    </message>
    <message>
        <location filename="../assignments_view.py" line="108"/>
        <source>Progress by enumerator</source>
        <translation>التقدّم حسب الباحث</translation>
    </message>
    <message>
        <location filename="../assignments_view.py" line="111"/>
        <source>&amp;Progress by enumerator</source>
        <translation>التقدّم حسب الباحث (&amp;P)</translation>
    </message>
    <message>
        <location filename="../assignments_view.py" line="116"/>
        <source>Open assignments</source>
        <translation>المهام المفتوحة</translation>
    </message>
    <message>
        <location filename="../assignments_view.py" line="119"/>
        <source>&amp;Open assignments</source>
        <translation>المهام المفتوحة (&amp;O)</translation>
    </message>
    <message>
        <location filename="../assignments_view.py" line="122"/>
        <source>Whose assignments</source>
        <translation>مهام مَن</translation>
    </message>
    <message>
        <location filename="../assignments_view.py" line="123"/>
        <source>Everyone</source>
        <translation>الجميع</translation>
    </message>
    <message>
        <location filename="../assignments_view.py" line="125"/>
        <source>&amp;Enumerator:</source>
        <translation>الباحث (&amp;E):</translation>
    </message>
    <message>
        <location filename="../assignments_view.py" line="129"/>
        <source>A household, a zone…</source>
        <translation>أسرة، منطقة…</translation>
    </message>
    <message>
        <location filename="../assignments_view.py" line="130"/>
        <source>Search the titles</source>
        <translation>البحث في العناوين</translation>
    </message>
    <message>
        <location filename="../assignments_view.py" line="133"/>
        <source>&amp;Search:</source>
        <translation>بحث (&amp;S):</translation>
    </message>
    <message>
        <location filename="../assignments_view.py" line="138"/>
        <source>&amp;Assign…</source>
        <translation>إسناد… (&amp;A)</translation>
    </message>
    <message>
        <location filename="../assignments_view.py" line="140"/>
        <source>&amp;Reassign…</source>
        <translation>إعادة إسناد… (&amp;R)</translation>
    </message>
    <message>
        <location filename="../assignments_view.py" line="142"/>
        <source>&amp;Cancel assignment…</source>
        <translation>إلغاء المهمة… (&amp;C)</translation>
    </message>
    <message>
        <location filename="../assignments_view.py" line="144"/>
        <source>Read a&amp;gain (F5)</source>
        <translation>اقرأ مجددًا (F5) (&amp;G)</translation>
    </message>
    <message>
        <location filename="../assignments_view.py" line="202"/>
        <source>Assignments are kept on the server: this screen needs this computer connected to it (Daftari → Connect to a server).</source>
        <translation>تُحفظ المهام على الخادم: تحتاج هذه الشاشة إلى أن يكون هذا الحاسوب متصلًا به (دفتري ← الاتصال بخادم).</translation>
    </message>
    <message>
        <location filename="../assignments_view.py" line="240"/>
        <source>Reading the assignments from the server…</source>
        <translation>جارٍ قراءة المهام من الخادم…</translation>
    </message>
    <message>
        <location filename="../assignments_view.py" line="284"/>
        <source>Assignments are read from the server and changed there: this screen needs a connection. {why}</source>
        <translation>تُقرأ المهام من الخادم وتُعدَّل هناك: تحتاج هذه الشاشة إلى اتصال. {why}</translation>
    </message>
    <message>
        <location filename="../assignments_view.py" line="298"/>
        <source>No connection to the server: check the network, then Read again (F5).</source>
        <translation>لا يوجد اتصال بالخادم: تحقق من الشبكة، ثم «اقرأ مجددًا» (F5).</translation>
    </message>
    <message>
        <location filename="../assignments_view.py" line="303"/>
        <source>every site</source>
        <translation>كل المواقع</translation>
    </message>
    <message>
        <location filename="../assignments_view.py" line="308"/>
        <source>{where} · {n} open</source>
        <translation>{where} · {n} مفتوحة</translation>
    </message>
    <message>
        <location filename="../assignments_view.py" line="342"/>
        <source>{shown} of {every} open assignments shown</source>
        <translation>المعروض {shown} من {every} مهمة مفتوحة</translation>
    </message>
    <message>
        <location filename="../assignments_view.py" line="344"/>
        <source>No open assignment.</source>
        <translation>لا توجد مهمة مفتوحة.</translation>
    </message>
    <message>
        <location filename="../assignments_view.py" line="398"/>
        <source>{n} assignment(s) given to {names}.</source>
        <translation>أُسندت {n} مهمة إلى {names}.</translation>
    </message>
    <message>
        <location filename="../assignments_view.py" line="411"/>
        <source>Choose assignments of one site to reassign together.</source>
        <translation>اختر مهام موقع واحد لإعادة إسنادها معًا.</translation>
    </message>
    <message>
        <location filename="../assignments_view.py" line="425"/>
        <source>{n} assignment(s) given to {name}.</source>
        <translation>أُسندت {n} مهمة إلى {name}.</translation>
    </message>
    <message>
        <location filename="../assignments_view.py" line="438"/>
        <source>{title} — {enumerator}</source>
        <translation>{title} — {enumerator}</translation>
    </message>
    <message>
        <location filename="../assignments_view.py" line="444"/>
        <source>and {n} more</source>
        <translation>و{n} أخرى</translation>
    </message>
    <message>
        <location filename="../assignments_view.py" line="447"/>
        <source>Cancel assignments?</source>
        <translation>إلغاء المهام؟</translation>
    </message>
    <message>
        <location filename="../assignments_view.py" line="449"/>
        <source>Cancel {n} assignment(s)? They leave the enumerators&apos; computers at their next sync; what was done for them stays.</source>
        <translation>إلغاء {n} مهمة؟ تختفي من حواسيب الباحثين في مزامنتهم التالية؛ ويبقى ما أُنجز لها.</translation>
    </message>
    <message>
        <location filename="../assignments_view.py" line="458"/>
        <source>&amp;Yes, cancel them</source>
        <translation>نعم، ألغِها (&amp;Y)</translation>
    </message>
    <message>
        <location filename="../assignments_view.py" line="459"/>
        <source>&amp;No</source>
        <translation>لا (&amp;N)</translation>
    </message>
    <message>
        <location filename="../assignments_view.py" line="476"/>
        <source>Sending to the server…</source>
        <translation>جارٍ الإرسال إلى الخادم…</translation>
    </message>
    <message>
        <location filename="../assignments_view.py" line="482"/>
        <source>{n} assignment(s) cancelled.</source>
        <translation>أُلغيت {n} مهمة.</translation>
    </message>
</context>
<context>
    <name>BatchesView</name>
    <message>
        <location filename="../batches_view.py" line="78"/>
        <source>Batches of paper questionnaires</source>
        <translation>دفعات الاستبيانات الورقية</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="82"/>
        <source>Batch</source>
        <translation>الدفعة</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="83"/>
        <source>Form</source>
        <translation>الاستمارة</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="84"/>
        <source>Expected</source>
        <translation>المتوقع</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="85"/>
        <source>Keyed</source>
        <translation>المُدخل</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="86"/>
        <source>Verified</source>
        <translation>المُتحقق منه</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="87"/>
        <source>Differences open</source>
        <translation>فروق مفتوحة</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="88"/>
        <source>Missing numbers</source>
        <translation>أرقام ناقصة</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="89"/>
        <source>Released</source>
        <translation>أُطلقت</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="103"/>
        <source>&amp;New batch…</source>
        <translation>دفعة جديدة… (&amp;N)</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="105"/>
        <source>D&amp;ifferences</source>
        <translation>الفروق (&amp;I)</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="107"/>
        <source>&amp;Release</source>
        <translation>إطلاق (&amp;R)</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="109"/>
        <source>R&amp;eport</source>
        <translation>تقرير (&amp;E)</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="111"/>
        <source>&amp;Print questionnaires…</source>
        <translation>اطبع الاستبيانات… (&amp;P)</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="174"/>
        <location filename="../batches_view.py" line="473"/>
        <source>No batch yet: Alt+N registers one.</source>
        <translation>لا توجد دفعة بعد: Alt+N يسجّل واحدة.</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="179"/>
        <source>Missing numbers: {numbers}</source>
        <translation>أرقام ناقصة: {numbers}</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="182"/>
        <source>Keyed twice: {numbers}</source>
        <translation>أُدخلت مرتين: {numbers}</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="185"/>
        <source>Outside the range: {numbers}</source>
        <translation>خارج النطاق: {numbers}</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="189"/>
        <source>Waiting for their second keying: {numbers}</source>
        <translation>بانتظار إدخالها الثاني: {numbers}</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="193"/>
        <source>Nothing missing.</source>
        <translation>لا شيء ناقص.</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="225"/>
        <source>&amp;Form</source>
        <translation>الاستمارة (&amp;F)</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="226"/>
        <source>&amp;Batch (as written on the box)</source>
        <translation>الدفعة (كما هي مكتوبة على الصندوق) (&amp;B)</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="227"/>
        <source>E&amp;xpected questionnaires</source>
        <translation>الاستبيانات المتوقعة (&amp;X)</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="228"/>
        <source>First n&amp;umber</source>
        <translation>الرقم الأول (&amp;U)</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="229"/>
        <source>&amp;Last number</source>
        <translation>الرقم الأخير (&amp;L)</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="230"/>
        <source>&amp;Share keyed twice</source>
        <translation>النسبة المُدخلة مرتين (&amp;S)</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="247"/>
        <source>Re&amp;gister</source>
        <translation>تسجيل (&amp;G)</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="249"/>
        <location filename="../batches_view.py" line="362"/>
        <source>Back (Esc)</source>
        <translation>رجوع (Esc)</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="290"/>
        <source>No paper will be keyed a second time.</source>
        <translation>لن تُدخَل أي ورقة مرة ثانية.</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="292"/>
        <source>{share} % of the papers will be keyed a second time.</source>
        <translation>ستُدخَل {share} % من الأوراق مرة ثانية.</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="296"/>
        <source>{n} of {count} papers will be keyed a second time.</source>
        <translation>ستُدخَل {n} من {count} ورقة مرة ثانية.</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="300"/>
        <source>About {n} of {count} papers will be keyed a second time.</source>
        <translation>ستُدخَل نحو {n} من {count} ورقة مرة ثانية.</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="308"/>
        <source>The numbers of a range are whole numbers.</source>
        <translation>أرقام النطاق أعداد صحيحة.</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="323"/>
        <source>Batch {name} registered.</source>
        <translation>تم تسجيل الدفعة {name}.</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="337"/>
        <source>Questionnaire</source>
        <translation>الاستبيان</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="338"/>
        <source>Question</source>
        <translation>السؤال</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="339"/>
        <source>1: first keying</source>
        <translation>1: الإدخال الأول</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="340"/>
        <source>2: second keying</source>
        <translation>2: الإدخال الثاني</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="341"/>
        <source>Resolved as</source>
        <translation>حُلّ بـ</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="352"/>
        <source>Resolve &amp;as (1, 2 or the value on the paper):</source>
        <translation>الحل (1 أو 2 أو القيمة على الورقة) (&amp;A):</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="375"/>
        <source>Batch {name}: answers the two keyings disagree on</source>
        <translation>الدفعة {name}: الإجابات التي يختلف فيها الإدخالان</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="396"/>
        <source>1: the first keying</source>
        <translation>1: الإدخال الأول</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="397"/>
        <source>2: the second keying</source>
        <translation>2: الإدخال الثاني</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="398"/>
        <source>the value on the paper</source>
        <translation>القيمة المكتوبة على الورقة</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="410"/>
        <source>Every difference is resolved.</source>
        <translation>حُلّت كل الفروق.</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="415"/>
        <source>Interview date</source>
        <translation>تاريخ المقابلة</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="416"/>
        <source>Enumerator on the paper</source>
        <translation>العدّاد المكتوب على الورقة</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="434"/>
        <source>“{typed}” is not an answer this question takes.</source>
        <translation>«{typed}» ليست إجابة يقبلها هذا السؤال.</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="458"/>
        <source>Not finalized (an answer missing): {numbers}</source>
        <translation>لم تُنهَ (إجابة ناقصة): {numbers}</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="463"/>
        <source>Batch {name} released: it goes to the server at the next sync.</source>
        <translation>أُطلقت الدفعة {name}: تذهب إلى الخادم في المزامنة التالية.</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="477"/>
        <source>Print questionnaires</source>
        <translation>طباعة الاستبيانات</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="509"/>
        <source>{n} questionnaire(s) printed to {file}.</source>
        <translation>طُبع {n} استبيان في {file}.</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="521"/>
        <source>Disagreement by clerk (answers not kept / answers keyed):</source>
        <translation>الاختلاف حسب الكاتب (إجابات لم تُعتمد / إجابات مُدخلة):</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="525"/>
        <source>Disagreement by question (differences / papers compared):</source>
        <translation>الاختلاف حسب السؤال (فروق / أوراق قورنت):</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="540"/>
        <source>Q{number} {label}</source>
        <translation>س{number} {label}</translation>
    </message>
</context>
<context>
    <name>CarriedBundles</name>
    <message>
        <location filename="../sync_status.py" line="207"/>
        <source>Refused by the server: {why}</source>
        <translation>رفضها الخادم: {why}</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="211"/>
        <source>Delivered on {when}: {counts}</source>
        <translation>سُلّمت في {when}: {counts}</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="214"/>
        <source>Waiting for the next sync.</source>
        <translation>تنتظر المزامنة التالية.</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="221"/>
        <source>{n} stored</source>
        <translation>{n} حُفظت</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="222"/>
        <source>{n} already there</source>
        <translation>{n} موجودة من قبل</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="223"/>
        <source>{n} sent back by the server&apos;s checks</source>
        <translation>{n} أعادتها فحوص الخادم</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="226"/>
        <source>{n} conflicting</source>
        <translation>{n} متعارضة</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="232"/>
        <source>no submissions in it</source>
        <translation>لا توجد فيها إرسالات</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="254"/>
        <source>the server does not know the device that wrote it (a device of another server, or one signed out since). Nothing of it was imported.</source>
        <translation>لا يعرف الخادم الجهاز الذي كتبها (جهاز لخادم آخر، أو جهاز سُجّل خروجه منذ ذلك الحين). لم يُستورد منها شيء.</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="259"/>
        <source>it is damaged, or was changed since it was written. Nothing of it was imported: write it again from the enumerator&apos;s computer.</source>
        <translation>إنها تالفة، أو تغيّرت منذ كتابتها. لم يُستورد منها شيء: اكتبها من جديد من حاسوب العدّاد.</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="264"/>
        <source>it is not a Daftari bundle, or it was cut short.</source>
        <translation>ليست حزمة Daftari، أو قُطعت قبل اكتمالها.</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="267"/>
        <source>it was written by another version of Daftari than the server reads. Nothing of it was imported.</source>
        <translation>كتبها إصدار من Daftari غير الذي يقرؤه الخادم. لم يُستورد منها شيء.</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="272"/>
        <source>it holds more than one bundle may. Nothing of it was imported: write the submissions in several bundles.</source>
        <translation>تحمل أكثر مما تسمح به حزمة واحدة. لم يُستورد منها شيء: اكتب الإرسالات في عدة حزم.</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="277"/>
        <source>its content cannot be read. Nothing of it was imported.</source>
        <translation>لا يمكن قراءة محتواها. لم يُستورد منها شيء.</translation>
    </message>
</context>
<context>
    <name>CarriedBundlesDialog</name>
    <message>
        <location filename="../sync_status.py" line="149"/>
        <location filename="../sync_status.py" line="174"/>
        <source>Bundles brought from USB sticks</source>
        <translation>الحزم المجلوبة من أقراص USB</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="154"/>
        <source>Each bundle stays sealed on this computer until a sync delivers it; the server then says what became of it.</source>
        <translation>تبقى كل حزمة مختومة على هذا الحاسوب حتى تسلّمها مزامنة؛ ثم يقول الخادم ما حدث لها.</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="158"/>
        <source>No bundle has been brought to this computer (Daftari → Bring a bundle…).</source>
        <translation>لم تُجلب أي حزمة إلى هذا الحاسوب (Daftari ← اجلب حزمة…).</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="164"/>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="164"/>
        <source>Brought</source>
        <translation>جُلبت</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="164"/>
        <source>By</source>
        <translation>بواسطة</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="164"/>
        <source>What became of it</source>
        <translation>ما حدث لها</translation>
    </message>
</context>
<context>
    <name>DataTab</name>
    <message>
        <location filename="../secretariat.py" line="640"/>
        <source>every site</source>
        <translation>كل المواقع</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="641"/>
        <source>&amp;Show</source>
        <translation>عرض (&amp;S)</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="643"/>
        <source>← &amp;Previous page</source>
        <translation>→ الصفحة السابقة (&amp;P)</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="645"/>
        <source>&amp;Next page →</source>
        <translation>الصفحة التالية ← (&amp;N)</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="648"/>
        <source>Private &amp;key…</source>
        <translation>المفتاح الخاص… (&amp;K)</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="656"/>
        <source>The merged data</source>
        <translation>البيانات المدمجة</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="660"/>
        <source>F&amp;orm</source>
        <translation>الاستمارة (&amp;O)</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="661"/>
        <source>S&amp;tate</source>
        <translation>الحالة (&amp;T)</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="662"/>
        <source>Sit&amp;e</source>
        <translation>الموقع (&amp;E)</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="608"/>
        <source>Site</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="609"/>
        <source>Enumerator</source>
        <translation>الباحث الميداني</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="610"/>
        <source>Form version</source>
        <translation>نسخة الاستمارة</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="611"/>
        <source>Revision</source>
        <translation>النسخة</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="612"/>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="614"/>
        <source>Submitted</source>
        <translation>أُرسلت</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="615"/>
        <source>Changed</source>
        <translation>عُدّلت</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="616"/>
        <source>Opened on the device</source>
        <translation>فُتحت على الجهاز</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="618"/>
        <source>Questionnaire no.</source>
        <translation>رقم الاستبيان</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="619"/>
        <source>Interview date</source>
        <translation>تاريخ المقابلة</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="620"/>
        <source>Enumerator on the paper</source>
        <translation>الباحث المكتوب على الورقة</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="621"/>
        <source>Batch</source>
        <translation>الدفعة</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="622"/>
        <source>Keyed by</source>
        <translation>أدخله</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="623"/>
        <source>Keyed at</source>
        <translation>وقت الإدخال</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="625"/>
        <source>Duplicate of</source>
        <translation>نسخة مكررة من</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="744"/>
        <source>Rows {first}–{last}</source>
        <translation>الصفوف {first}–{last}</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="746"/>
        <source>No rows.</source>
        <translation>لا صفوف.</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="758"/>
        <location filename="../secretariat.py" line="801"/>
        <location filename="../secretariat.py" line="813"/>
        <source>The form&apos;s private key</source>
        <translation>المفتاح الخاص بالاستمارة</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="760"/>
        <source>Private keys (*.pem);;All files (*)</source>
        <translation>المفاتيح الخاصة (*.pem);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="806"/>
        <source>OK</source>
        <translation>حسنًا</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="807"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="791"/>
        <source>The private key is held for this session only: encrypted submissions are opened on this computer, never on the server.</source>
        <translation>يُحتفظ بالمفتاح الخاص لهذه الجلسة فقط: تُفتح الإرسالات المشفرة على هذا الحاسوب، لا على الخادم أبدًا.</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="787"/>
        <source>Private key: {name} (this session only)</source>
        <translation>المفتاح الخاص: {name} (لهذه الجلسة فقط)</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="803"/>
        <source>Passphrase of the key {name}:</source>
        <translation>عبارة مرور المفتاح {name}:</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="832"/>
        <source>{n} submission(s) on this page are encrypted: their answers can be read only with the form&apos;s private key (Private key…), on this computer.</source>
        <translation>{n} من إرسالات هذه الصفحة مشفرة: لا تُقرأ إجاباتها إلا بالمفتاح الخاص بالاستمارة (المفتاح الخاص…)، على هذا الحاسوب.</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="838"/>
        <source>Opening {n} encrypted submission(s)…</source>
        <translation>جارٍ فتح {n} إرسال مشفر…</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="870"/>
        <source>Opened on this computer with the private key</source>
        <translation>فُتح على هذا الحاسوب بالمفتاح الخاص</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="891"/>
        <source>{n} encrypted submission(s) opened on this computer.</source>
        <translation>فُتح {n} إرسال مشفر على هذا الحاسوب.</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="894"/>
        <source>{n} could not be opened with this key (another form&apos;s key, or changed since they were made): their reason is on their uuid.</source>
        <translation>تعذر فتح {n} بهذا المفتاح (مفتاح استمارة أخرى، أو غُيّرت منذ إنشائها): السبب على معرّفها uuid.</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../dialogs.py" line="34"/>
        <source>OK</source>
        <translation>موافق</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="35"/>
        <location filename="../dialogs.py" line="142"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="36"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="37"/>
        <source>&amp;Yes</source>
        <translation>نعم (&amp;Y)</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="38"/>
        <source>&amp;No</source>
        <translation>لا (&amp;N)</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="39"/>
        <source>Discard</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="134"/>
        <source>Look in:</source>
        <translation>ابحث في:</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="135"/>
        <source>File name:</source>
        <translation>اسم الملف:</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="136"/>
        <source>Files of type:</source>
        <translation>نوع الملفات:</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="138"/>
        <source>&amp;Save</source>
        <translation>حفظ (&amp;S)</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="140"/>
        <source>&amp;Open</source>
        <translation>فتح (&amp;O)</translation>
    </message>
</context>
<context>
    <name>DuplicatesTab</name>
    <message>
        <location filename="../secretariat.py" line="978"/>
        <source>&amp;Find</source>
        <translation>بحث (&amp;F)</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="982"/>
        <source>Probable duplicates</source>
        <translation>تكرارات محتملة</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="988"/>
        <source>Question</source>
        <translation>السؤال</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="988"/>
        <source>First submission</source>
        <translation>الإرسال الأول</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="988"/>
        <source>Second submission</source>
        <translation>الإرسال الثاني</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="990"/>
        <source>The two submissions side by side</source>
        <translation>الإرسالان جنبًا إلى جنب</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="995"/>
        <source>The two households, answer by answer</source>
        <translation>الأسرتان، إجابةً بإجابة</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="996"/>
        <location filename="../secretariat.py" line="1137"/>
        <source>Choose a pair to see its two submissions side by side.</source>
        <translation>اختر زوجًا لترى إرساليه جنبًا إلى جنب.</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="998"/>
        <source>Only the differin&amp;g answers</source>
        <translation>الإجابات المختلفة فقط (&amp;G)</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1003"/>
        <source>Keep &amp;both (two households)</source>
        <translation>الإبقاء على الاثنين (أسرتان) (&amp;B)</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1004"/>
        <source>The &amp;same household</source>
        <translation>الأسرة نفسها (&amp;S)</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1005"/>
        <source>Keep the fi&amp;rst</source>
        <translation>الإبقاء على الأولى (&amp;R)</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1006"/>
        <source>Keep the s&amp;econd</source>
        <translation>الإبقاء على الثانية (&amp;E)</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1016"/>
        <source>Show decided &amp;pairs too</source>
        <translation>اعرض الأزواج المحسومة أيضًا (&amp;P)</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1018"/>
        <source>U&amp;ndo the verdict</source>
        <translation>تراجع عن الحكم (&amp;N)</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1023"/>
        <source>Key fields, separated by commas: &apos;:name&apos; matches names loosely, &apos;:phone&apos; phone numbers. Nothing is ever deleted: a verdict marks the pair, and the copy not kept is left out of the indicators and exports until the verdict is undone.</source>
        <translation>الحقول المفتاحية، مفصولة بفواصل: ⁦&apos;:name&apos;⁩ يطابق الأسماء بمرونة، و⁦&apos;:phone&apos;⁩ أرقام الهواتف. لا يُحذف شيء أبدًا: الحكم يعلّم الزوج، والنسخة غير المحتفظ بها تُستبعد من المؤشرات والتصديرات حتى يُتراجع عن الحكم.</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1047"/>
        <source>F&amp;orm</source>
        <translation>الاستمارة (&amp;O)</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1048"/>
        <source>&amp;Keys</source>
        <translation>المفاتيح (&amp;K)</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1055"/>
        <source>No&amp;te (optional)</source>
        <translation>ملاحظة (اختيارية) (&amp;Z)</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1078"/>
        <source>Both kept (two households)</source>
        <translation>الاحتفاظ بالاثنين (أسرتان)</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1079"/>
        <location filename="../secretariat.py" line="1264"/>
        <source>The same household</source>
        <translation>الأسرة نفسها</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1080"/>
        <source>The first kept</source>
        <translation>الاحتفاظ بالأولى</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1081"/>
        <source>The second kept</source>
        <translation>الاحتفاظ بالثانية</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1083"/>
        <source>Site</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1083"/>
        <source>Likeness</source>
        <translation>التشابه</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1083"/>
        <source>Verdict</source>
        <translation>الحكم</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1113"/>
        <source>{n} probable pairs to look at.</source>
        <translation>{n} أزواج محتملة للنظر فيها.</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1149"/>
        <source>Reading the two submissions from the server…</source>
        <translation>جارٍ قراءة الإرسالين من الخادم…</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1167"/>
        <source>The two submissions could not be read: {why}</source>
        <translation>تعذّرت قراءة الإرسالين: {why}</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1206"/>
        <source>The two answers differ</source>
        <translation>الإجابتان مختلفتان</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1225"/>
        <source>Not found among the submissions this server lets you read: {uuids}.</source>
        <translation>غير موجود بين الإرساليات التي يسمح لك هذا الخادم بقراءتها: {uuids}.</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1228"/>
        <source>{n} of {total} answers differ.</source>
        <translation>{n} من {total} إجابة مختلفة.</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1249"/>
        <source>collected by {name}</source>
        <translation>جمعها {name}</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1263"/>
        <source>Keep both (two households)</source>
        <translation>الإبقاء على الاثنين (أسرتان)</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1265"/>
        <source>Keep the first</source>
        <translation>الإبقاء على الأولى</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1266"/>
        <source>Keep the second</source>
        <translation>الإبقاء على الثانية</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1267"/>
        <source>Undo the verdict</source>
        <translation>التراجع عن الحكم</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1270"/>
        <source>First: {household}</source>
        <translation>الأولى: {household}</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1271"/>
        <source>Second: {household}</source>
        <translation>الثانية: {household}</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1274"/>
        <source>Note: {note}</source>
        <translation>ملاحظة: {note}</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1277"/>
        <source>Record the verdict?</source>
        <translation>تسجيل الحكم؟</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1278"/>
        <source>Record the verdict “{verdict}” on these two submissions?</source>
        <translation>تسجيل الحكم «{verdict}» على هذين الإرسالين؟</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1287"/>
        <source>&amp;Yes, record it</source>
        <translation>نعم، سجّله (&amp;Y)</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1288"/>
        <source>&amp;No</source>
        <translation>لا (&amp;N)</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1315"/>
        <source>The verdict is undone: both submissions count again.</source>
        <translation>تم التراجع عن الحكم: تُحتسب الإرسالتان من جديد.</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1317"/>
        <source>Kept, with who decided and when.</source>
        <translation>حُفظ القرار مع من اتخذه ومتى.</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <location filename="../enrol_dialog.py" line="36"/>
        <source>Connect to a server</source>
        <translation>الاتصال بخادم</translation>
    </message>
    <message>
        <location filename="../enrol_dialog.py" line="53"/>
        <source>Over the internet the address starts with {secure} (the connection is encrypted). A server in your own office is often reached with {plain} and its local address, e.g. {example}.</source>
        <translation>عبر الإنترنت يبدأ العنوان بـ {secure} (الاتصال مشفّر). أما الخادم الموجود في مكتبك فيُوصَل إليه غالبًا بـ {plain} وعنوانه المحلي، مثل {example}.</translation>
    </message>
    <message>
        <location filename="../enrol_dialog.py" line="61"/>
        <source>⚠ With {plain} your password and the answers cross the network unencrypted: use it only on the office&apos;s own network, never over the internet.</source>
        <translation>⚠ مع {plain} تمرّ كلمة المرور والإجابات عبر الشبكة دون تشفير: استخدمه فقط على شبكة المكتب نفسه، ولا تستخدمه أبدًا عبر الإنترنت.</translation>
    </message>
    <message>
        <location filename="../enrol_dialog.py" line="71"/>
        <source>&amp;Server address:</source>
        <translation>عنوان الخادم (&amp;S):</translation>
    </message>
    <message>
        <location filename="../enrol_dialog.py" line="74"/>
        <source>Send over plain http anyway (I know the risk)</source>
        <translation>أرسل عبر http العادي على أي حال (أعرف الخطر)</translation>
    </message>
    <message>
        <location filename="../enrol_dialog.py" line="77"/>
        <source>&amp;Account:</source>
        <translation>الحساب (&amp;A):</translation>
    </message>
    <message>
        <location filename="../enrol_dialog.py" line="78"/>
        <source>&amp;Password:</source>
        <translation>كلمة المرور (&amp;P):</translation>
    </message>
    <message>
        <location filename="../enrol_dialog.py" line="110"/>
        <source>Connecting…</source>
        <translation>جارٍ الاتصال…</translation>
    </message>
</context>
<context>
    <name>EntityConflictsWindow</name>
    <message>
        <location filename="../entity_conflicts.py" line="68"/>
        <source>Household conflicts</source>
        <translation>تعارضات الأسر</translation>
    </message>
    <message>
        <location filename="../entity_conflicts.py" line="84"/>
        <source>Households two computers updated differently</source>
        <translation>أسر حدّثها حاسوبان بشكل مختلف</translation>
    </message>
    <message>
        <location filename="../entity_conflicts.py" line="92"/>
        <source>Two computers updated the same household (or another entry of a list) from the same version, with no connection. Choose the value to keep for each property, then Resolve: the values chosen become its next version on the server, for every computer of the site.</source>
        <translation>حدّث حاسوبان الأسرة نفسها (أو إدخالًا آخر في قائمة) انطلاقًا من النسخة نفسها، دون اتصال. اختر القيمة التي تُبقي عليها لكل خاصية، ثم «حلّ»: تصبح القيم المختارة نسختها التالية على الخادم، لكل حواسيب الموقع.</translation>
    </message>
    <message>
        <location filename="../entity_conflicts.py" line="102"/>
        <location filename="../entity_conflicts.py" line="351"/>
        <source>Label</source>
        <translation>التسمية</translation>
    </message>
    <message>
        <location filename="../entity_conflicts.py" line="103"/>
        <source>List</source>
        <translation>القائمة</translation>
    </message>
    <message>
        <location filename="../entity_conflicts.py" line="104"/>
        <source>Site</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <location filename="../entity_conflicts.py" line="105"/>
        <source>Version</source>
        <translation>النسخة</translation>
    </message>
    <message>
        <location filename="../entity_conflicts.py" line="106"/>
        <source>Conflict</source>
        <translation>التعارض</translation>
    </message>
    <message>
        <location filename="../entity_conflicts.py" line="111"/>
        <source>Households in conflict</source>
        <translation>الأسر المتعارضة</translation>
    </message>
    <message>
        <location filename="../entity_conflicts.py" line="154"/>
        <source>What happened</source>
        <translation>ما حدث</translation>
    </message>
    <message>
        <location filename="../entity_conflicts.py" line="155"/>
        <source>&amp;Resolve</source>
        <translation>حلّ (&amp;R)</translation>
    </message>
    <message>
        <location filename="../entity_conflicts.py" line="158"/>
        <source>Read &amp;again</source>
        <translation>اقرأ مجددًا (&amp;A)</translation>
    </message>
    <message>
        <location filename="../entity_conflicts.py" line="226"/>
        <source>Reading the households in conflict from the server…</source>
        <translation>جارٍ قراءة الأسر المتعارضة من الخادم…</translation>
    </message>
    <message>
        <location filename="../entity_conflicts.py" line="242"/>
        <source>Same property, different values</source>
        <translation>الخاصية نفسها، قيم مختلفة</translation>
    </message>
    <message>
        <location filename="../entity_conflicts.py" line="243"/>
        <source>Different properties (both kept)</source>
        <translation>خصائص مختلفة (أُبقي على الاثنتين)</translation>
    </message>
    <message>
        <location filename="../entity_conflicts.py" line="261"/>
        <source>{n} in conflict.</source>
        <translation>{n} أسرة متعارضة.</translation>
    </message>
    <message>
        <location filename="../entity_conflicts.py" line="263"/>
        <source>No household is in conflict: every update agrees.</source>
        <translation>لا توجد أسرة متعارضة: كل التحديثات متوافقة.</translation>
    </message>
    <message>
        <location filename="../entity_conflicts.py" line="287"/>
        <source>Reading its versions from the server…</source>
        <translation>جارٍ قراءة نسخها من الخادم…</translation>
    </message>
    <message>
        <location filename="../entity_conflicts.py" line="321"/>
        <source>{label} — {list}, version {version}</source>
        <translation>{label} — {list}، النسخة {version}</translation>
    </message>
    <message>
        <location filename="../entity_conflicts.py" line="327"/>
        <source>{n} updates since version {since}: each property&apos;s value then, and each proposed since. The newest is chosen.</source>
        <translation>{n} تحديثات منذ النسخة {since}: قيمة كل خاصية حينها، وكل قيمة اقتُرحت بعدها. الأحدث هو المختار.</translation>
    </message>
    <message>
        <location filename="../entity_conflicts.py" line="332"/>
        <source>No property has competing values: Resolve keeps it as it is and ends the conflict.</source>
        <translation>لا توجد خاصية بقيم متنافسة: «حلّ» يُبقيها كما هي ويُنهي التعارض.</translation>
    </message>
    <message>
        <location filename="../entity_conflicts.py" line="353"/>
        <source>{name} — different values proposed</source>
        <translation>{name} — اقتُرحت قيم مختلفة</translation>
    </message>
    <message>
        <location filename="../entity_conflicts.py" line="355"/>
        <source>{name} — changed by one computer</source>
        <translation>{name} — غيّرها حاسوب واحد</translation>
    </message>
    <message>
        <location filename="../entity_conflicts.py" line="382"/>
        <source>(empty)</source>
        <translation>(فارغ)</translation>
    </message>
    <message>
        <location filename="../entity_conflicts.py" line="386"/>
        <source>before the conflict: version {version}, {who}, {when}</source>
        <translation>قبل التعارض: النسخة {version}، {who}، {when}</translation>
    </message>
    <message>
        <location filename="../entity_conflicts.py" line="393"/>
        <source>{who}, {when} (version {version})</source>
        <translation>{who}، {when} (النسخة {version})</translation>
    </message>
    <message>
        <location filename="../entity_conflicts.py" line="398"/>
        <source>{value} — {said}</source>
        <translation>{value} — {said}</translation>
    </message>
    <message>
        <location filename="../entity_conflicts.py" line="424"/>
        <source>{label}: resolved, as version {version} with the values chosen.</source>
        <translation>{label}: حُلّ، وصار النسخة {version} بالقيم المختارة.</translation>
    </message>
    <message>
        <location filename="../entity_conflicts.py" line="436"/>
        <source>{label} changed on the server since you looked at it; it was read again. Choose again, then Resolve.</source>
        <translation>تغيّر {label} على الخادم منذ أن نظرت إليه؛ وقد قُرئ مجددًا. اختر من جديد، ثم «حلّ».</translation>
    </message>
</context>
<context>
    <name>EntityHistoryDialog</name>
    <message>
        <location filename="../to_visit.py" line="171"/>
        <location filename="../to_visit.py" line="172"/>
        <source>History of {name}</source>
        <translation>سجل {name}</translation>
    </message>
    <message>
        <location filename="../to_visit.py" line="176"/>
        <source>Version</source>
        <translation>النسخة</translation>
    </message>
    <message>
        <location filename="../to_visit.py" line="176"/>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <location filename="../to_visit.py" line="176"/>
        <source>From</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../to_visit.py" line="176"/>
        <source>What changed</source>
        <translation>ما الذي تغيّر</translation>
    </message>
    <message>
        <location filename="../to_visit.py" line="178"/>
        <source>Versions</source>
        <translation>النسخ</translation>
    </message>
    <message>
        <location filename="../to_visit.py" line="190"/>
        <source>{name}: {value}</source>
        <translation>{name}: {value}</translation>
    </message>
    <message>
        <location filename="../to_visit.py" line="195"/>
        <source>{name}: {before} → {after}</source>
        <translation>{name}: {before} ← {after}</translation>
    </message>
    <message>
        <location filename="../to_visit.py" line="205"/>
        <source>the server</source>
        <translation>الخادم</translation>
    </message>
    <message>
        <location filename="../to_visit.py" line="205"/>
        <source>this computer</source>
        <translation>هذا الحاسوب</translation>
    </message>
    <message>
        <location filename="../to_visit.py" line="206"/>
        <source>(no change)</source>
        <translation>(لا تغيير)</translation>
    </message>
</context>
<context>
    <name>ExportTab</name>
    <message>
        <location filename="../secretariat.py" line="1335"/>
        <source>CSV (a zip: one file per table)</source>
        <translation>CSV (ملف zip: ملف لكل جدول)</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1336"/>
        <source>Excel (one sheet per table)</source>
        <translation>Excel (ورقة لكل جدول)</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1337"/>
        <source>Stata (.dta, with labels)</source>
        <translation>Stata (.dta، مع التسميات)</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1338"/>
        <source>SPSS (.sav, with labels)</source>
        <translation>SPSS (.sav، مع التسميات)</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1339"/>
        <source>Parquet</source>
        <translation>Parquet</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1349"/>
        <source>every site</source>
        <translation>كل المواقع</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1351"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1352"/>
        <source>&amp;Photos and files too (in the zip)</source>
        <translation>الصور والملفات أيضاً (داخل ملف zip) (&amp;P)</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1353"/>
        <source>&amp;Save the export as…</source>
        <translation>حفظ التصدير باسم… (&amp;S)</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1365"/>
        <source>F&amp;orm</source>
        <translation>الاستمارة (&amp;O)</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1366"/>
        <source>For&amp;mat</source>
        <translation>الصيغة (&amp;M)</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1367"/>
        <source>La&amp;bels in</source>
        <translation>التسميات بلغة (&amp;B)</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1372"/>
        <source>S&amp;tate</source>
        <translation>الحالة (&amp;T)</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1373"/>
        <source>Sit&amp;e</source>
        <translation>الموقع (&amp;E)</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1374"/>
        <source>Changed si&amp;nce</source>
        <translation>المعدَّلة منذ (&amp;N)</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1394"/>
        <source>The form&apos;s own</source>
        <translation>لغة الاستمارة نفسها</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1406"/>
        <source>The codebook of this format has the labels in every language.</source>
        <translation>يحوي دليل الترميز في هذه الصيغة التسميات بكل اللغات.</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1413"/>
        <source>Save the export as</source>
        <translation>حفظ التصدير باسم</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1435"/>
        <source>The server is making the export…</source>
        <translation>الخادم يُعِدّ التصدير…</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1471"/>
        <source>Reading submissions: %v of {total}</source>
        <translation>قراءة الاستمارات: %v من {total}</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1477"/>
        <source>Downloading the file…</source>
        <translation>تنزيل الملف…</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1480"/>
        <source>Downloading: %p%</source>
        <translation>التنزيل: %p%</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1494"/>
        <source>Saved {path} ({rows} rows; the codebook is inside).</source>
        <translation>حُفظ {path} ({rows} صفاً؛ دليل المتغيرات بداخله).</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1499"/>
        <source>The export is saved.</source>
        <translation>تم حفظ التصدير.</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1503"/>
        <source>The export failed: {why}</source>
        <translation>فشل التصدير: {why}</translation>
    </message>
</context>
<context>
    <name>FillingView</name>
    <message>
        <location filename="../filling.py" line="72"/>
        <source>Form language</source>
        <translation>لغة الاستمارة</translation>
    </message>
    <message>
        <location filename="../filling.py" line="74"/>
        <source>(one language)</source>
        <translation>(لغة واحدة)</translation>
    </message>
    <message>
        <location filename="../filling.py" line="84"/>
        <source>&amp;Language:</source>
        <translation>اللغة (&amp;L):</translation>
    </message>
    <message>
        <location filename="../filling.py" line="107"/>
        <source>Sent back for correction: {reason}</source>
        <translation>أُعيدت للتصحيح: {reason}</translation>
    </message>
    <message>
        <location filename="../filling.py" line="130"/>
        <source>◀ Back (PgUp)</source>
        <translation>رجوع (PgUp)</translation>
    </message>
    <message>
        <location filename="../filling.py" line="131"/>
        <source>Next (PgDn) ▶</source>
        <translation>التالي (PgDn)</translation>
    </message>
    <message>
        <location filename="../filling.py" line="132"/>
        <source>Overview (Ctrl+J)</source>
        <translation>نظرة عامة (Ctrl+J)</translation>
    </message>
    <message>
        <location filename="../filling.py" line="133"/>
        <source>Save and close (Ctrl+W)</source>
        <translation>حفظ وإغلاق (Ctrl+W)</translation>
    </message>
    <message>
        <location filename="../filling.py" line="147"/>
        <source>Discard draft (Ctrl+Shift+Del)</source>
        <translation>حذف المسودة (Ctrl+Shift+Del)</translation>
    </message>
    <message>
        <location filename="../filling.py" line="153"/>
        <source>Correct this submission (Alt+C)</source>
        <translation>صحّحها (Alt+C)</translation>
    </message>
    <message>
        <location filename="../filling.py" line="445"/>
        <source>✓ Saved</source>
        <translation>✓ تم الحفظ</translation>
    </message>
    <message>
        <location filename="../filling.py" line="447"/>
        <source>Every answer is on the disk.</source>
        <translation>كل الإجابات محفوظة على القرص.</translation>
    </message>
    <message>
        <location filename="../filling.py" line="449"/>
        <source>⚠ NOT SAVED</source>
        <translation>⚠ لم يُحفظ</translation>
    </message>
    <message>
        <location filename="../filling.py" line="491"/>
        <source>Remove this “{label}” (Ctrl+Del)</source>
        <translation>حذف «{label}» هذا (Ctrl+Del)</translation>
    </message>
    <message>
        <location filename="../filling.py" line="506"/>
        <source>{label} — {n} of {count}</source>
        <translation>{label} — {n} من {count}</translation>
    </message>
    <message>
        <location filename="../filling.py" line="510"/>
        <source>Page {n} of {count}</source>
        <translation>الصفحة {n} من {count}</translation>
    </message>
    <message>
        <location filename="../filling.py" line="526"/>
        <source>Add another “{label}”? There are {count} now.</source>
        <translation>إضافة «{label}» آخر؟ يوجد الآن {count}.</translation>
    </message>
    <message>
        <location filename="../filling.py" line="533"/>
        <source>Add another (Alt+A)</source>
        <translation>إضافة آخر (Alt+A)</translation>
    </message>
    <message>
        <location filename="../filling.py" line="534"/>
        <source>No, go on (Enter)</source>
        <translation>لا، متابعة (Enter)</translation>
    </message>
    <message>
        <location filename="../filling.py" line="541"/>
        <source>Remove the last one (Alt+R)</source>
        <translation>حذف الأخير (Alt+R)</translation>
    </message>
    <message>
        <location filename="../filling.py" line="630"/>
        <source>How many entries there are is set by an answer earlier in the form: change that answer to remove one.</source>
        <translation>عدد الإدخالات تحدده إجابة سابقة في الاستمارة: غيّر تلك الإجابة لحذف إدخال.</translation>
    </message>
    <message>
        <location filename="../filling.py" line="670"/>
        <source>Finalize (Alt+F)</source>
        <translation>إكمال (Alt+F)</translation>
    </message>
    <message>
        <location filename="../filling.py" line="720"/>
        <source>Why was it changed?</source>
        <translation>لماذا غُيّرت الاستمارة؟</translation>
    </message>
    <message>
        <location filename="../filling.py" line="723"/>
        <source>This form asks why a finalized submission is changed. Say why (it goes with the submission&apos;s audit log):</source>
        <translation>تطلب هذه الاستمارة سبب تغيير أي استمارة بعد إكمالها. اذكر السبب (يُحفظ مع سجل التدقيق الخاص بالاستمارة):</translation>
    </message>
    <message>
        <location filename="../filling.py" line="727"/>
        <source>Finalize</source>
        <translation>إكمال</translation>
    </message>
    <message>
        <location filename="../filling.py" line="590"/>
        <source>Remove answers?</source>
        <translation>حذف الإجابات؟</translation>
    </message>
    <message>
        <location filename="../filling.py" line="592"/>
        <source>The count is now {wanted}, but these entries hold answers: {names}.

Remove them and their answers?</source>
        <translation>العدد الآن {wanted}، لكن هذه الإدخالات فيها إجابات: {names}.

هل تريد حذفها مع إجاباتها؟</translation>
    </message>
    <message>
        <location filename="../filling.py" line="604"/>
        <source>Keep them (the count goes back to {n})</source>
        <translation>الإبقاء عليها (يعود العدد إلى {n})</translation>
    </message>
    <message>
        <location filename="../filling.py" line="605"/>
        <source>Keep them</source>
        <translation>الإبقاء عليها</translation>
    </message>
    <message>
        <location filename="../filling.py" line="606"/>
        <source>Remove them</source>
        <translation>حذفها</translation>
    </message>
    <message>
        <location filename="../filling.py" line="639"/>
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../filling.py" line="640"/>
        <source>Remove “{label}” {n} and all its answers?</source>
        <translation>حذف «{label}» {n} وكل إجاباته؟</translation>
    </message>
    <message>
        <location filename="../filling.py" line="659"/>
        <source>End of the form. Check the problems below, then finalize.</source>
        <translation>نهاية الاستمارة. راجع المشكلات أدناه ثم أكمل الاستمارة.</translation>
    </message>
    <message>
        <location filename="../filling.py" line="664"/>
        <source>Problems</source>
        <translation>المشكلات</translation>
    </message>
    <message>
        <location filename="../filling.py" line="692"/>
        <source>No problems: ready to finalize.</source>
        <translation>لا توجد مشكلات: جاهزة للإكمال.</translation>
    </message>
    <message>
        <location filename="../filling.py" line="694"/>
        <source>This submission is finalized and can no longer be changed.</source>
        <translation>هذه الاستمارة مكتملة ولا يمكن تغييرها بعد الآن.</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <location filename="../home.py" line="62"/>
        <source>Drafts</source>
        <translation>المسودات</translation>
    </message>
    <message>
        <location filename="../home.py" line="63"/>
        <source>Ready to send</source>
        <translation>جاهزة للإرسال</translation>
    </message>
    <message>
        <location filename="../home.py" line="64"/>
        <source>Sent</source>
        <translation>المُرسلة</translation>
    </message>
    <message>
        <location filename="../home.py" line="65"/>
        <source>Sent back</source>
        <translation>المُعادة للتصحيح</translation>
    </message>
    <message>
        <location filename="../home.py" line="69"/>
        <source>&amp;Forms</source>
        <translation>الاستمارات (&amp;F)</translation>
    </message>
    <message>
        <location filename="../home.py" line="72"/>
        <source>Installed forms</source>
        <translation>الاستمارات المثبتة</translation>
    </message>
    <message>
        <location filename="../home.py" line="271"/>
        <source>version {version}</source>
        <translation>الإصدار {version}</translation>
    </message>
    <message>
        <location filename="../home.py" line="76"/>
        <source>&amp;New submission (Ctrl+N)</source>
        <translation>استمارة جديدة (Ctrl+N) (&amp;N)</translation>
    </message>
    <message>
        <location filename="../home.py" line="89"/>
        <source>Search titles (Ctrl+F)</source>
        <translation>البحث في العناوين (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../home.py" line="281"/>
        <source>All forms</source>
        <translation>كل الاستمارات</translation>
    </message>
    <message>
        <location filename="../home.py" line="95"/>
        <source>Any time</source>
        <translation>أي وقت</translation>
    </message>
    <message>
        <location filename="../home.py" line="86"/>
        <source>To visit</source>
        <translation>للزيارة</translation>
    </message>
    <message>
        <location filename="../home.py" line="96"/>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <location filename="../home.py" line="97"/>
        <source>Last 7 days</source>
        <translation>آخر 7 أيام</translation>
    </message>
    <message>
        <location filename="../home.py" line="98"/>
        <source>Last 30 days</source>
        <translation>آخر 30 يومًا</translation>
    </message>
    <message>
        <location filename="../home.py" line="117"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../home.py" line="118"/>
        <source>Form</source>
        <translation>الاستمارة</translation>
    </message>
    <message>
        <location filename="../home.py" line="119"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../home.py" line="120"/>
        <source>Changed</source>
        <translation>آخر تعديل</translation>
    </message>
    <message>
        <location filename="../home.py" line="121"/>
        <source>Enumerator</source>
        <translation>الباحث الميداني</translation>
    </message>
    <message>
        <location filename="../home.py" line="127"/>
        <source>Submissions</source>
        <translation>الاستمارات المعبأة</translation>
    </message>
    <message>
        <location filename="../home.py" line="245"/>
        <source>To visit ({left})</source>
        <translation>للزيارة ({left})</translation>
    </message>
    <message>
        <location filename="../home.py" line="324"/>
        <source>Nothing here.</source>
        <translation>لا يوجد شيء هنا.</translation>
    </message>
    <message>
        <location filename="../home.py" line="344"/>
        <source>Print assignment sheets</source>
        <translation>طباعة أوراق المهام</translation>
    </message>
    <message>
        <location filename="../home.py" line="369"/>
        <source>{n} sheet(s) printed to {file}.</source>
        <translation>طُبعت {n} ورقة في {file}.</translation>
    </message>
</context>
<context>
    <name>HouseholdsModel</name>
    <message>
        <location filename="../assignment_models.py" line="213"/>
        <source>Refused by the server: {why}</source>
        <translation>رفضها الخادم: {why}</translation>
    </message>
    <message>
        <location filename="../assignment_models.py" line="231"/>
        <source>(no label)</source>
        <translation>(بلا تسمية)</translation>
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
        <translation>{household} (مُسندة من قبل إلى {names})</translation>
    </message>
</context>
<context>
    <name>Indicators</name>
    <message>
        <location filename="../secretariat.py" line="67"/>
        <source>households using at least basic drinking water</source>
        <translation>الأسر التي تستخدم مياه شرب أساسية على الأقل</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="68"/>
        <source>households using surface water</source>
        <translation>الأسر التي تستخدم المياه السطحية</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="69"/>
        <source>households with at least basic sanitation</source>
        <translation>الأسر التي لديها صرف صحي أساسي على الأقل</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="70"/>
        <source>households practising open defecation</source>
        <translation>الأسر التي تمارس التبرز في العراء</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="71"/>
        <source>households relying on clean cooking fuel</source>
        <translation>الأسر التي تعتمد على وقود طهي نظيف</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="72"/>
        <source>households with any electricity</source>
        <translation>الأسر التي لديها أي كهرباء</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="73"/>
        <source>households with poor or borderline food consumption</source>
        <translation>الأسر ذات الاستهلاك الغذائي الضعيف أو الحدّي</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="76"/>
        <source>mean persons per sleeping room</source>
        <translation>متوسط عدد الأشخاص لكل غرفة نوم</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="77"/>
        <source>households with more than 3 persons per sleeping room</source>
        <translation>الأسر التي لديها أكثر من 3 أشخاص لكل غرفة نوم</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="80"/>
        <source>members aged 5 or more with a disability (Washington Group cut-off)</source>
        <translation>الأفراد بعمر 5 سنوات فأكثر ذوو إعاقة (حدّ مجموعة واشنطن)</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="83"/>
        <source>households whose head has no identity document</source>
        <translation>الأسر التي لا يملك ربّها وثيقة هوية</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="84"/>
        <source>children under 5 with a birth certificate</source>
        <translation>الأطفال دون الخامسة الذين لديهم شهادة ميلاد</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="85"/>
        <source>households hit by any shock in 6 months</source>
        <translation>الأسر التي تعرّضت لأي صدمة خلال 6 أشهر</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="86"/>
        <location filename="../secretariat.py" line="110"/>
        <source>median monthly income per person</source>
        <translation>وسيط الدخل الشهري للفرد</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="87"/>
        <source>households using the service in the last 3 months</source>
        <translation>الأسر التي استخدمت الخدمة في الأشهر الثلاثة الأخيرة</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="90"/>
        <source>users reaching it within 30 minutes</source>
        <translation>المستخدمون الذين يصلون إليها خلال 30 دقيقة</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="91"/>
        <source>median one-way travel time, minutes</source>
        <translation>وسيط زمن الذهاب بالدقائق</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="92"/>
        <source>users reporting any barrier</source>
        <translation>المستخدمون الذين أبلغوا عن أي عائق</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="93"/>
        <source>households refused because of nationality or status</source>
        <translation>الأسر المرفوضة بسبب الجنسية أو الوضع</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="96"/>
        <source>users satisfied (4-5)</source>
        <translation>المستخدمون الراضون (4-5)</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="97"/>
        <source>median cost per user, last 3 months</source>
        <translation>وسيط التكلفة لكل مستخدم، آخر 3 أشهر</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="98"/>
        <source>share of the city&apos;s population</source>
        <translation>الحصة من سكان المدينة</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="99"/>
        <source>average household size</source>
        <translation>متوسط حجم الأسرة</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="100"/>
        <source>dependency ratio (0-17 and 60+ per 18-59)</source>
        <translation>نسبة الإعالة (0-17 و60+ لكل 18-59)</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="101"/>
        <source>males per 100 females</source>
        <translation>الذكور لكل 100 أنثى</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="102"/>
        <source>P6 dwelling occupancy rate</source>
        <translation>P6 معدل إشغال المساكن</translation>
    </message>
</context>
<context>
    <name>IndicatorsTab</name>
    <message>
        <location filename="../secretariat.py" line="324"/>
        <source>&amp;Show</source>
        <translation>عرض (&amp;S)</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="328"/>
        <source>Save the table as &amp;CSV…</source>
        <translation>حفظ الجدول بصيغة CSV… (&amp;C)</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="330"/>
        <source>Save the chart as &amp;PNG…</source>
        <translation>حفظ الرسم بصيغة PNG… (&amp;P)</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="334"/>
        <source>City</source>
        <translation>المدينة</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="335"/>
        <source>Population group</source>
        <translation>الفئة السكانية</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="336"/>
        <source>Sex</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="337"/>
        <source>Indicator</source>
        <translation>المؤشر</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="338"/>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="339"/>
        <source>Households (or persons)</source>
        <translation>الأسر (أو الأفراد)</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="343"/>
        <source>Indicators</source>
        <translation>المؤشرات</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="348"/>
        <source>Bars for each population &amp;group too</source>
        <translation>أعمدة لكل فئة سكانية أيضاً (&amp;G)</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="364"/>
        <source>F&amp;orm</source>
        <translation>الاستمارة (&amp;O)</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="365"/>
        <source>S&amp;tate</source>
        <translation>الحالة (&amp;T)</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="373"/>
        <source>C&amp;hart of</source>
        <translation>رسم بياني لـ (&amp;H)</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="420"/>
        <source>{n} figures, computed on the server.</source>
        <translation>{n} رقماً، محسوبة على الخادم.</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="358"/>
        <location filename="../secretariat.py" line="426"/>
        <source>(all)</source>
        <translation>(الكل)</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="356"/>
        <source>Computed on the server from the submissions in the chosen state, per city and population group; “{all}” is every city or group together.</source>
        <translation>محسوبة على الخادم من الاستمارات في الحالة المختارة، لكل مدينة وفئة سكانية؛ “{all}” تعني كل المدن أو الفئات معاً.</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="454"/>
        <source>Save the indicators</source>
        <translation>حفظ المؤشرات</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="450"/>
        <location filename="../secretariat.py" line="464"/>
        <source>Saved {path}</source>
        <translation>حُفظ {path}</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="468"/>
        <source>Save the chart</source>
        <translation>حفظ الرسم البياني</translation>
    </message>
</context>
<context>
    <name>KeepAsWritten</name>
    <message>
        <location filename="../keyed_entry.py" line="111"/>
        <source>Not what the form allows</source>
        <translation>ليس ما تسمح به الاستمارة</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="116"/>
        <source>{value} breaks the form&apos;s rule: {rule}

Is it what the paper says? Keep it as written only when the paper says so: the supervisor will see it.</source>
        <translation>{value} يخالف قاعدة الاستمارة: {rule}

هل هذا ما تقوله الورقة؟ احتفظ بها كما كُتبت فقط إذا كانت الورقة تقول ذلك: سيراها المشرف.</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="124"/>
        <source>&amp;Note (optional):</source>
        <translation>ملاحظة (اختيارية): (&amp;N)</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="130"/>
        <source>&amp;Correct it</source>
        <translation>صحّحها (&amp;C)</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="133"/>
        <source>&amp;Keep as written on the paper</source>
        <translation>احتفظ بها كما في الورقة (&amp;K)</translation>
    </message>
</context>
<context>
    <name>KeyedEntryView</name>
    <message>
        <location filename="../keyed_entry.py" line="177"/>
        <source>Questionnaire &amp;number</source>
        <translation>رقم الاستبيان (&amp;N)</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="178"/>
        <source>Interview da&amp;te</source>
        <translation>تاريخ المقابلة (&amp;T)</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="179"/>
        <source>&amp;Enumerator on the paper</source>
        <translation>الباحث المكتوب على الورقة (&amp;E)</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="180"/>
        <source>&amp;Batch</source>
        <translation>الدفعة (&amp;B)</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="189"/>
        <source>DD/MM/YYYY</source>
        <translation>يوم/شهر/سنة</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="211"/>
        <source>Enter: next · Up: back · Ctrl+Enter: save this questionnaire and key the next</source>
        <translation>التالي: Enter · رجوع: سهم لأعلى · حفظ هذا الاستبيان وإدخال التالي: Ctrl+Enter</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="214"/>
        <source>&amp;Save and key the next</source>
        <translation>حفظ وإدخال التالي (&amp;S)</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="228"/>
        <source>No choice has the code {code}. The codes are {codes}.</source>
        <translation>لا يوجد خيار بالرمز {code}. الرموز هي {codes}.</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="229"/>
        <source>One code only: {codes}.</source>
        <translation>رمز واحد فقط: {codes}.</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="230"/>
        <source>Code {code} cannot be chosen here (by an earlier answer).</source>
        <translation>لا يمكن اختيار الرمز {code} هنا (بسبب إجابة سابقة).</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="231"/>
        <source>This question needs an answer.</source>
        <translation>هذا السؤال يحتاج إلى إجابة.</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="233"/>
        <source>Key the questionnaire&apos;s number as written on the paper (digits only), or scan its QR code.</source>
        <translation>أدخل رقم الاستبيان كما هو مكتوب على الورقة (أرقام فقط)، أو امسح رمز QR الخاص به.</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="237"/>
        <source>{date} is not a day of the calendar: check the day and the month.</source>
        <translation>{date} ليس يومًا في التقويم: تحقق من اليوم والشهر.</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="240"/>
        <source>Questionnaire {number} was keyed already (on {when}). Check the number.</source>
        <translation>تم إدخال الاستبيان {number} من قبل (في {when}). تحقق من الرقم.</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="242"/>
        <source>Key the interview&apos;s date as DD/MM/YYYY.</source>
        <translation>أدخل تاريخ المقابلة بالشكل يوم/شهر/سنة (DD/MM/YYYY).</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="243"/>
        <source>{date} is after today: check the interview&apos;s date.</source>
        <translation>{date} بعد اليوم: تحقق من تاريخ المقابلة.</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="244"/>
        <source>Key the enumerator&apos;s name or code, as on the paper.</source>
        <translation>أدخل اسم الباحث أو رمزه كما على الورقة.</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="245"/>
        <source>Questionnaire {number} saved: {count} keyed in this sitting.</source>
        <translation>تم حفظ الاستبيان {number}: {count} أُدخلت في هذه الجلسة.</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="246"/>
        <source>Another entry? 1: yes · Enter: no</source>
        <translation>سطر آخر؟ 1: نعم · Enter: لا</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="248"/>
        <source>Questionnaire {number} keyed a second time: {differences} answer(s) differ ({count} in this sitting).</source>
        <translation>أُدخل الاستبيان {number} مرة ثانية: {differences} إجابة تختلف ({count} في هذه الجلسة).</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="252"/>
        <source>Questionnaire {number} has not been keyed a first time (in this batch).</source>
        <translation>لم يُدخل الاستبيان {number} مرة أولى (في هذه الدفعة).</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="255"/>
        <source>You keyed questionnaire {number} the first time: another clerk keys it again.</source>
        <translation>أدخلتَ الاستبيان {number} في المرة الأولى: يعيد إدخاله كاتب آخر.</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="257"/>
        <source>Questionnaire {number} was keyed twice already.</source>
        <translation>أُدخل الاستبيان {number} مرتين من قبل.</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="258"/>
        <source>This questionnaire&apos;s code is of another form ({form}).</source>
        <translation>رمز هذا الاستبيان لاستمارة أخرى ({form}).</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="260"/>
        <source>Assignment {id} of this sheet is not on this computer: sync, then scan it again. The number is kept.</source>
        <translation>المهمة {id} لهذه الورقة ليست على هذا الحاسوب: زامن ثم امسحها ضوئيًا مرة أخرى. الرقم محفوظ.</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="264"/>
        <source>No question {number} to key here (none has that number, or it is skipped).</source>
        <translation>لا يوجد سؤال {number} لإدخاله هنا (لا يحمل أي سؤال هذا الرقم، أو تم تخطيه).</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="266"/>
        <source>Key 1 for another entry, or nothing to go on.</source>
        <translation>أدخل 1 لسطر آخر، أو لا شيء للمتابعة.</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="298"/>
        <source>Second keying (blind) of paper questionnaires: {form}</source>
        <translation>الإدخال الثاني (دون رؤية الأول) للاستبيانات الورقية: {form}</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="301"/>
        <source>Keying paper questionnaires: {form}</source>
        <translation>إدخال الاستبيانات الورقية: {form}</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="535"/>
        <source>kept as on paper</source>
        <translation>محفوظة كما في الورقة</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="601"/>
        <source>Go to question</source>
        <translation>الانتقال إلى سؤال</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="602"/>
        <source>Question &amp;number:</source>
        <translation>رقم السؤال (&amp;N):</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="778"/>
        <source>End of the questionnaire: Enter saves it.</source>
        <translation>نهاية الاستبيان: Enter يحفظه.</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="879"/>
        <source>End of the questionnaire: Enter saves it, Up goes back.</source>
        <translation>نهاية الاستبيان: Enter يحفظه، وسهم الأعلى يرجع.</translation>
    </message>
</context>
<context>
    <name>LoginView</name>
    <message>
        <location filename="../login.py" line="61"/>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <location filename="../login.py" line="65"/>
        <source>Welcome to Daftari. Create the administrator profile for this computer: it can add the other users and reset a forgotten password.</source>
        <translation>مرحبًا بك في دفتري. أنشئ ملف المسؤول لهذا الحاسوب: يمكنه إضافة المستخدمين الآخرين وإعادة تعيين كلمة مرور منسية.</translation>
    </message>
    <message>
        <location filename="../login.py" line="74"/>
        <source>&amp;Name:</source>
        <translation>الاسم (&amp;N):</translation>
    </message>
    <message>
        <location filename="../login.py" line="75"/>
        <source>&amp;Enumerator id:</source>
        <translation>رقم الباحث (&amp;E):</translation>
    </message>
    <message>
        <location filename="../login.py" line="76"/>
        <source>&amp;Site (city):</source>
        <translation>الموقع (المدينة) (&amp;S):</translation>
    </message>
    <message>
        <location filename="../login.py" line="77"/>
        <location filename="../login.py" line="96"/>
        <source>&amp;Password:</source>
        <translation>كلمة المرور (&amp;P):</translation>
    </message>
    <message>
        <location filename="../login.py" line="78"/>
        <source>&amp;Repeat the password:</source>
        <translation>أعد كلمة المرور (&amp;R):</translation>
    </message>
    <message>
        <location filename="../login.py" line="79"/>
        <source>&amp;Create profile</source>
        <translation>إنشاء الملف (&amp;C)</translation>
    </message>
    <message>
        <location filename="../login.py" line="83"/>
        <source>Locked. Enter your password to go on, or switch user.</source>
        <translation>مقفل. أدخل كلمة المرور للمتابعة، أو بدّل المستخدم.</translation>
    </message>
    <message>
        <location filename="../login.py" line="85"/>
        <source>Who is working?</source>
        <translation>من يعمل الآن؟</translation>
    </message>
    <message>
        <location filename="../login.py" line="95"/>
        <source>&amp;User:</source>
        <translation>المستخدم (&amp;U):</translation>
    </message>
    <message>
        <location filename="../login.py" line="97"/>
        <source>&amp;Log in</source>
        <translation>دخول (&amp;L)</translation>
    </message>
    <message>
        <location filename="../login.py" line="137"/>
        <source>The two passwords are not the same.</source>
        <translation>كلمتا المرور غير متطابقتين.</translation>
    </message>
    <message>
        <location filename="../login.py" line="152"/>
        <source>Checking…</source>
        <translation>جارٍ التحقق…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="157"/>
        <source>&amp;Daftari</source>
        <translation>دفتري (&amp;D)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="159"/>
        <source>&amp;Install a form (XLSForm)…</source>
        <translation>تثبيت استمارة (XLSForm)… (&amp;I)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="161"/>
        <source>&amp;Lock / switch user</source>
        <translation>قفل / تبديل المستخدم (&amp;L)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="162"/>
        <source>&amp;Sync now</source>
        <translation>مزامنة الآن (&amp;S)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="163"/>
        <source>&amp;Connect to a server…</source>
        <translation>الاتصال بخادم… (&amp;C)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="165"/>
        <source>Connect to ODK Central or &amp;KoboToolbox…</source>
        <translation>الاتصال بـ ODK Central أو KoboToolbox كخادم… (&amp;K)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="168"/>
        <source>&amp;Bring a bundle from a USB stick…</source>
        <translation>إحضار حزمة من ذاكرة USB المحمولة… (&amp;B)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="171"/>
        <source>Bundles b&amp;rought from USB sticks…</source>
        <translation>الحزم المجلوبة من أقراص USB… (&amp;R)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="174"/>
        <source>&amp;Put submissions on a USB stick…</source>
        <translation>ضع الإرسالات على قرص USB… (&amp;P)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="177"/>
        <source>Receive &amp;updates from a USB stick…</source>
        <translation>استلام التحديثات من ذاكرة USB… (&amp;U)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="179"/>
        <source>&amp;Users…</source>
        <translation>المستخدمون… (&amp;U)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="181"/>
        <source>&amp;Quit</source>
        <translation>خروج (&amp;Q)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="182"/>
        <source>&amp;View</source>
        <translation>عرض (&amp;V)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="184"/>
        <source>Larger text</source>
        <translation>نص أكبر</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="187"/>
        <source>Smaller text</source>
        <translation>نص أصغر</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="189"/>
        <source>Normal text size</source>
        <translation>حجم النص العادي</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="192"/>
        <source>&amp;My forms and submissions</source>
        <translation>استماراتي وإجاباتي (&amp;M)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="195"/>
        <source>&amp;Review submissions</source>
        <translation>مراجعة الاستمارات المُرسلة (&amp;R)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="199"/>
        <source>&amp;Indicators, data and exports</source>
        <translation>المؤشرات والبيانات والتصدير (&amp;I)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="204"/>
        <source>&amp;Key paper questionnaires…</source>
        <translation>إدخال الاستبيانات الورقية… (&amp;K)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="208"/>
        <source>Key papers a &amp;second time (verification)…</source>
        <translation>إدخال الأوراق مرة ثانية (تحقق)… (&amp;S)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="213"/>
        <source>&amp;Batches and differences</source>
        <translation>الدفعات والفروق (&amp;B)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="216"/>
        <source>Household &amp;conflicts…</source>
        <translation>تعارضات الأسر… (&amp;C)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="219"/>
        <source>&amp;Assignments</source>
        <translation>المهام (&amp;A)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="222"/>
        <source>&amp;Quality of the work</source>
        <translation>جودة العمل (&amp;Q)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="224"/>
        <source>Interface &amp;language</source>
        <translation>لغة الواجهة (&amp;L)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="282"/>
        <source>Locked</source>
        <translation>مقفل</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="413"/>
        <source>Install a form first (Ctrl+I).</source>
        <translation>ثبّت استمارة أولاً (Ctrl+I).</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="418"/>
        <source>Key paper questionnaires</source>
        <translation>إدخال الاستبيانات الورقية</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="419"/>
        <source>&amp;Form:</source>
        <translation>الاستمارة (&amp;F):</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="592"/>
        <source>Connected: {n} form(s) listed there, installed on this computer now.</source>
        <translation>تم الاتصال: {n} استمارة مدرجة هناك، ثُبِّتت على هذا الحاسوب.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="607"/>
        <source>Bring a bundle from a USB stick</source>
        <translation>إحضار حزمة من ذاكرة USB</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="609"/>
        <location filename="../main_window.py" line="688"/>
        <location filename="../main_window.py" line="768"/>
        <source>Daftari bundles (*.bundle);;All files (*)</source>
        <translation>حزم دفتري (*.bundle);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="632"/>
        <source>{name} is kept on this computer, sealed. It goes to the server at the first sync once this computer is connected to one (Daftari → Connect to a server).</source>
        <translation>حُفظت {name} على هذا الحاسوب، مختومة. تُرسل إلى الخادم في أول مزامنة بعد توصيل هذا الحاسوب بخادم (دفتري ← الاتصال بخادم).</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="637"/>
        <source>{name} is kept on this computer and goes to the server at the next sync. It is sealed: its answers cannot be read here.</source>
        <translation>حُفظت {name} على هذا الحاسوب وستُرسل إلى الخادم في المزامنة القادمة. إنها مختومة: لا يمكن قراءة إجاباتها هنا.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="642"/>
        <source>Bundle kept</source>
        <translation>حُفظت الحزمة</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="655"/>
        <source>The bundle was not kept</source>
        <translation>لم تُحفظ الحزمة</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="671"/>
        <location filename="../main_window.py" line="739"/>
        <location filename="../main_window.py" line="749"/>
        <source>Nothing was put on the stick</source>
        <translation>لم يوضع شيء على القرص</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="684"/>
        <source>Put submissions on a USB stick</source>
        <translation>ضع الإرسالات على قرص USB</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="708"/>
        <source>Submissions put on the stick</source>
        <translation>وُضعت الإرسالات على القرص</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="710"/>
        <source>{n} submission(s) went into {file}. Take the stick to a computer that syncs with the server; they stay here as waiting until this computer&apos;s next sync hears that they arrived.</source>
        <translation>دخلت {n} إرسالية في {file}. خذ القرص إلى حاسوب يزامن مع الخادم؛ تبقى هنا بانتظار أن تسمع المزامنة التالية لهذا الحاسوب أنها وصلت.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="725"/>
        <source>{file} could not be written ({why}): nothing was put on the stick. Is the stick in, not full, and not locked against writing?</source>
        <translation>تعذّرت كتابة {file} ({why}): لم يوضع شيء على القرص. هل القرص موصول، وغير ممتلئ، وغير مقفل ضد الكتابة؟</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="732"/>
        <source>Your waiting submissions and their photos are more than one bundle carries. Sync them over a network, or ask for help to write them in several bundles.</source>
        <translation>إرسالاتك المنتظرة وصورها أكثر مما تحمله حزمة واحدة. زامنها عبر شبكة، أو اطلب المساعدة لكتابتها في عدة حزم.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="743"/>
        <source>A bundle is sealed for your server, so that only it can read it: connect to it first (Daftari → Connect to a server).</source>
        <translation>تُختم الحزمة لخادمك كي لا يقرأها سواه: اتصل به أولاً (Daftari ← الاتصال بخادم).</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="751"/>
        <source>No finalized submission of yours waits to be sent: there is nothing to put on a stick, and no file was written.</source>
        <translation>لا توجد لديك إرسالية منتهية تنتظر الإرسال: لا شيء يوضع على القرص، ولم يُكتب أي ملف.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="762"/>
        <location filename="../main_window.py" line="795"/>
        <source>Nothing was received</source>
        <translation>لم يُستلم شيء</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="766"/>
        <source>Receive updates from a USB stick</source>
        <translation>استلام التحديثات من ذاكرة USB</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="781"/>
        <source>Updates received</source>
        <translation>استُلمت التحديثات</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="783"/>
        <source>{entities} household(s) or person(s) of the site&apos;s lists and {assignments} assignment(s) are on this computer now; {returned} submission(s) were sent back to correct.</source>
        <translation>أصبح على هذا الحاسوب {entities} من أسر أو أشخاص قوائم الموقع و{assignments} مهمة؛ وأُعيدت {returned} استمارة للتصحيح.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="874"/>
        <source>The visit cannot open</source>
        <translation>لا يمكن فتح الزيارة</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="884"/>
        <source>Opening the form: reading its lists…</source>
        <translation>جارٍ فتح الاستمارة: قراءة قوائمها…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1026"/>
        <source>Reopened by you to correct it.</source>
        <translation>أعدتَ فتحها لتصحيحها.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1031"/>
        <source>Reopened: correct it and finalize again; it is sent as an edit.</source>
        <translation>أُعيد فتحها: صحّحها ثم أنهِها من جديد؛ تُرسل تعديلاً.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1043"/>
        <source>Discard this draft?</source>
        <translation>حذف هذه المسودة؟</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1045"/>
        <source>Discard “{title}”? Its answers (and photos) will be deleted from this computer. This cannot be undone.</source>
        <translation>حذف «{title}»؟ ستُحذف إجاباتها (وصورها) من هذا الحاسوب. لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1061"/>
        <source>The draft was discarded.</source>
        <translation>حُذفت المسودة.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1070"/>
        <source>Finalized. It will be sent when a connection appears.</source>
        <translation>اكتملت. ستُرسل عند توفر الاتصال.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1076"/>
        <source>Choose a file…</source>
        <translation>اختر ملفًا…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1077"/>
        <source>OK</source>
        <translation>موافق</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1078"/>
        <source>Type a whole number.</source>
        <translation>اكتب عددًا صحيحًا.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1079"/>
        <source>Type a number.</source>
        <translation>اكتب رقمًا.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1081"/>
        <source>“{typed}” could be {first} or {second}. Type {first} or {second}, as you mean it.</source>
        <translation>«{typed}» قد تعني {first} أو {second}. اكتب {first} أو {second} حسب ما تقصد.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1084"/>
        <source>“{typed}”: a comma is not a decimal mark here. For {value}, type {value}.</source>
        <translation>«{typed}»: الفاصلة ليست علامة عشرية هنا. للعدد {value}، اكتب {value}.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1086"/>
        <source>Too many digits to keep exactly.</source>
        <translation>عدد الأرقام كبير جدًا ولا يمكن حفظه بدقة.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1087"/>
        <source>Will be stored as {value}.</source>
        <translation>سيُحفظ على أنه {value}.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1088"/>
        <source>No choice has the code {code}.</source>
        <translation>لا يوجد خيار بالرمز {code}.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1089"/>
        <source>Type a date as YYYY-MM-DD (F4 opens a calendar).</source>
        <translation>اكتب التاريخ بالشكل YYYY-MM-DD (يفتح F4 التقويم).</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1090"/>
        <source>Type a time as HH:MM.</source>
        <translation>اكتب الوقت بالشكل HH:MM.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1091"/>
        <source>Type a date and time as YYYY-MM-DD HH:MM.</source>
        <translation>اكتب التاريخ والوقت بالشكل YYYY-MM-DD HH:MM.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1092"/>
        <source>Latitude</source>
        <translation>خط العرض</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1093"/>
        <source>Longitude</source>
        <translation>خط الطول</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1094"/>
        <source>Accuracy (m)</source>
        <translation>الدقة (م)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1095"/>
        <source>Latitude and longitude are numbers, e.g. 3.7194 and 34.8567.</source>
        <translation>خطا العرض والطول رقمان، مثل 3.7194 و34.8567.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1096"/>
        <source>Latitude is between -90 and 90.</source>
        <translation>خط العرض بين -90 و90.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1097"/>
        <source>Longitude is between -180 and 180.</source>
        <translation>خط الطول بين -180 و180.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1098"/>
        <source>Accuracy is a positive number of metres.</source>
        <translation>الدقة عدد موجب من الأمتار.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1125"/>
        <source>Install a form</source>
        <translation>تثبيت استمارة</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1127"/>
        <source>XLSForms (*.xlsx *.xls)</source>
        <translation>استمارات XLSForm (*.xlsx *.xls)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1144"/>
        <source>Installed {title}, version {version}.</source>
        <translation>تم تثبيت {title}، الإصدار {version}.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1146"/>
        <source>{title}, version {version}, was already installed.</source>
        <translation>{title}، الإصدار {version}، مثبتة من قبل.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1158"/>
        <source>The form was not installed</source>
        <translation>لم تُثبّت الاستمارة</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../messages.py" line="37"/>
        <source>{name} is not a Daftari bundle (or it was cut short): nothing was kept.</source>
        <translation>{name} ليست حزمة دفتري (أو أنها مبتورة): لم يُحفظ شيء.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="41"/>
        <source>{name} was brought to this computer before: it is not kept twice.</source>
        <translation>أُحضرت {name} إلى هذا الحاسوب من قبل: لا تُحفظ مرتين.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="46"/>
        <source>{name} is not a private key (a PEM file, as ODK&apos;s key tools write it).</source>
        <translation>{name} ليس مفتاحًا خاصًا (ملف PEM كما تكتبه أدوات مفاتيح ODK).</translation>
    </message>
    <message>
        <location filename="../messages.py" line="50"/>
        <source>That passphrase does not open {name}.</source>
        <translation>عبارة المرور هذه لا تفتح {name}.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="56"/>
        <source>{name} is no longer in the list {list} on this computer: it was closed or moved to another site. Ask your supervisor; sync first if you have not today.</source>
        <translation>{name} لم يعد في القائمة {list} على هذا الحاسوب: أُغلق أو نُقل إلى موقع آخر. اسأل مشرفك؛ وزامن أولًا إن لم تفعل اليوم.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="65"/>
        <source>A password needs at least {n} characters.</source>
        <translation>يجب أن تتكون كلمة المرور من {n} أحرف على الأقل.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="74"/>
        <source>{name} holds submissions for the server, not updates from it: bring it to a computer that syncs (Daftari → Bring a bundle from a USB stick).</source>
        <translation>{name} يحوي استمارات للخادم وليس تحديثات منه: خذه إلى حاسوب يزامن (دفتري ← إحضار حزمة من ذاكرة USB).</translation>
    </message>
    <message>
        <location filename="../messages.py" line="79"/>
        <source>{name} was made for another computer: ask the office for updates made for this one. Nothing was applied.</source>
        <translation>{name} أُعدّ لحاسوب آخر: اطلب من المكتب تحديثات مُعدّة لهذا الحاسوب. لم يُطبَّق شيء.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="84"/>
        <source>{name} cannot be read: nothing was applied.</source>
        <translation>تعذّرت قراءة {name}: لم يُطبَّق شيء.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="89"/>
        <source>{name} is not updates from the server, or it was damaged or changed on the way: nothing was applied.</source>
        <translation>{name} ليس تحديثات من الخادم، أو تلف أو غُيّر في الطريق: لم يُطبَّق شيء.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="101"/>
        <source>That password is not right.</source>
        <translation>كلمة المرور هذه غير صحيحة.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="102"/>
        <source>There is no such user on this computer.</source>
        <translation>لا يوجد مستخدم بهذا الاسم على هذا الحاسوب.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="105"/>
        <source>This profile is disabled: ask this computer&apos;s administrator.</source>
        <translation>ملف هذا المستخدم معطّل: اسأل مسؤول هذا الحاسوب.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="108"/>
        <source>This is a plain {plain} address on the internet: your password and the answers would cross it unencrypted. Use the server&apos;s {secure} address.</source>
        <translation>هذا عنوان {plain} عادي على الإنترنت: ستمر كلمة المرور والإجابات دون تشفير. استخدم عنوان {secure} للخادم.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="113"/>
        <source>A server address starts with {plain} or {secure}.</source>
        <translation>يبدأ عنوان الخادم بـ {plain} أو {secure}.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="116"/>
        <source>Say what to correct before sending it back: a comment on the whole, or on an answer (Enter on it).</source>
        <translation>قل ما يجب تصحيحه قبل الإعادة: ملاحظة على الاستمارة كلها، أو على إجابة (Enter عليها).</translation>
    </message>
    <message>
        <location filename="../messages.py" line="121"/>
        <source>A comment is at most 4,000 characters, and 2,000 on one answer.</source>
        <translation>الملاحظة 4000 حرف على الأكثر، و2000 على الإجابة الواحدة.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="125"/>
        <source>The server&apos;s checks refused this revision (it breaks the form&apos;s rules): it can only be sent back.</source>
        <translation>رفضت فحوص الخادم هذه النسخة (تخالف قواعد الاستمارة): لا يمكن إلا إعادتها.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="130"/>
        <source>The quality checks flagged this submission: to approve it, say in the comment why it stands.</source>
        <translation>نبّهت فحوص الجودة على هذه الاستمارة: لاعتمادها، اذكر في الملاحظة لماذا تُقبل كما هي.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="135"/>
        <source>The Secretariat has decided on this revision: the site decides again on the next one.</source>
        <translation>قررت الأمانة بشأن هذه النسخة: يقرر الموقع من جديد في النسخة التالية.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="139"/>
        <source>No connection to the server: check the address and the network. Sync will try again by itself.</source>
        <translation>لا يوجد اتصال بالخادم: تحقق من العنوان والشبكة. ستُعاد المزامنة تلقائيًا.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="144"/>
        <source>The server refused this account name or password.</source>
        <translation>رفض الخادم اسم الحساب أو كلمة المرور.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="147"/>
        <source>Something that is not a Daftari server answered: a Wi-Fi login page or a proxy may be in the way.</source>
        <translation>الذي ردّ ليس خادم دفتري: ربما تعترض الاتصالَ صفحةُ دخول إلى Wi-Fi أو خادم وكيل (proxy).</translation>
    </message>
    <message>
        <location filename="../messages.py" line="152"/>
        <source>This address does not answer as ODK Central or KoboToolbox do (no form list came back): check it, as ODK Collect would be given it. A Wi-Fi login page or a proxy may be in the way.</source>
        <translation>هذا العنوان لا يجيب كما يجيب ODK Central أو KoboToolbox (لم تُرجَع قائمة استمارات): تحقق منه كما يُعطى لـ ODK Collect. قد تعترض صفحة دخول Wi-Fi أو وكيل.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="158"/>
        <source>No form list came back from this address: check it, as ODK Collect would be given it (an ODK Central address ends with /projects/ and a number).</source>
        <translation>لم تُرجَع قائمة استمارات من هذا العنوان: تحقق منه كما يُعطى لـ ODK Collect (ينتهي عنوان ODK Central بـ /projects/ ورقم).</translation>
    </message>
    <message>
        <location filename="../messages.py" line="163"/>
        <source>The server failed. Sync will try again by itself.</source>
        <translation>حدث خطأ في الخادم. ستُعاد المزامنة تلقائيًا.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="166"/>
        <source>The sync did not finish. It will try again by itself.</source>
        <translation>لم تكتمل المزامنة. ستحاول مجددًا من تلقاء نفسها.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="169"/>
        <source>The disk is full: nothing new can be saved. Your earlier answers are safe; free some space.</source>
        <translation>القرص ممتلئ: لا يمكن حفظ أي شيء جديد. إجاباتك السابقة في أمان؛ وفّر بعض المساحة.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="195"/>
        <source>A newer revision of this submission reached the server since it was looked at here: look at the new one, then decide again.</source>
        <translation>وصلت مراجعة أحدث لهذا الإرسال إلى الخادم منذ أن نُظر فيه هنا: انظر في الجديدة، ثم قرّر مجددًا.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="200"/>
        <source>It changed on the server meanwhile: look at it again, then try again.</source>
        <translation>تغيّر على الخادم في هذه الأثناء: انظر فيه مجددًا، ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="205"/>
        <source>The server does not let your account do this: ask whoever runs the server to check your account&apos;s role.</source>
        <translation>لا يسمح الخادم لحسابك بهذا: اطلب ممن يدير الخادم أن يتحقق من دور حسابك.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="211"/>
        <source>The server has nothing of that for your account: it may be another site&apos;s, or no longer there.</source>
        <translation>لا يوجد لدى الخادم شيء من ذلك لحسابك: قد يكون لموقع آخر، أو لم يعد موجودًا.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="219"/>
        <source>The server could not take this decision as it was made (a comment, or an answer commented on, it cannot keep): open the submission and decide again.</source>
        <translation>تعذّر على الخادم قبول هذا القرار كما اتُّخذ (تعليق، أو إجابة عُلّق عليها، لا يمكنه حفظها): افتح الإرسال وقرّر مجددًا.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="227"/>
        <source>Too many attempts at once: wait a few minutes, then try again.</source>
        <translation>محاولات كثيرة جدًا في آن واحد: انتظر بضع دقائق، ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="231"/>
        <source>That is more than the server takes at once.</source>
        <translation>هذا أكثر مما يقبله الخادم دفعة واحدة.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="232"/>
        <source>The server refused this request.</source>
        <translation>رفض الخادم هذا الطلب.</translation>
    </message>
</context>
<context>
    <name>OpenAssignmentsModel</name>
    <message>
        <location filename="../assignment_models.py" line="51"/>
        <source>Household or work</source>
        <translation>الأسرة أو المهمة</translation>
    </message>
    <message>
        <location filename="../assignment_models.py" line="52"/>
        <source>Enumerator</source>
        <translation>الباحث الميداني</translation>
    </message>
    <message>
        <location filename="../assignment_models.py" line="53"/>
        <source>Form</source>
        <translation>الاستمارة</translation>
    </message>
    <message>
        <location filename="../assignment_models.py" line="54"/>
        <source>Done</source>
        <translation>أُنجز</translation>
    </message>
    <message>
        <location filename="../assignment_models.py" line="55"/>
        <source>Left</source>
        <translation>المتبقي</translation>
    </message>
    <message>
        <location filename="../assignment_models.py" line="56"/>
        <source>Site</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <location filename="../assignment_models.py" line="80"/>
        <source>{zone}: {n} new registration(s)</source>
        <translation>{zone}: {n} تسجيل جديد</translation>
    </message>
    <message>
        <location filename="../assignment_models.py" line="81"/>
        <source>{n} new registration(s)</source>
        <translation>{n} تسجيل جديد</translation>
    </message>
    <message>
        <location filename="../assignment_models.py" line="126"/>
        <source>{title} — given by {who}, {when}</source>
        <translation>{title} — أسندها {who}، {when}</translation>
    </message>
</context>
<context>
    <name>OpenRosaDialog</name>
    <message>
        <location filename="../openrosa_dialog.py" line="29"/>
        <source>Connect to ODK Central or KoboToolbox</source>
        <translation>الاتصال بـ ODK Central أو KoboToolbox</translation>
    </message>
    <message>
        <location filename="../openrosa_dialog.py" line="41"/>
        <source>The address ODK Collect would be given. An ODK Central app user&apos;s address needs no account or password; a Central web user&apos;s needs the e-mail and password; a KoboToolbox account&apos;s the user name and password. Its forms are installed here and their submissions go there.</source>
        <translation>العنوان الذي يُعطى لـ ODK Collect. عنوان مستخدم تطبيق في ODK Central لا يحتاج حسابًا ولا كلمة مرور؛ وعنوان مستخدم ويب في Central يحتاج البريد الإلكتروني وكلمة المرور؛ وعنوان حساب KoboToolbox اسم المستخدم وكلمة المرور. تُثبَّت استماراته هنا وتُرسَل إليه إجاباتها.</translation>
    </message>
    <message>
        <location filename="../openrosa_dialog.py" line="60"/>
        <source>Server &amp;address:</source>
        <translation>عنوان الخادم (&amp;A):</translation>
    </message>
    <message>
        <location filename="../openrosa_dialog.py" line="63"/>
        <source>Send over plain http anyway (I know the risk)</source>
        <translation>أرسل عبر http العادي على أي حال (أعرف الخطر)</translation>
    </message>
    <message>
        <location filename="../openrosa_dialog.py" line="66"/>
        <source>A&amp;ccount (if asked):</source>
        <translation>الحساب، إن طُلب (&amp;C):</translation>
    </message>
    <message>
        <location filename="../openrosa_dialog.py" line="67"/>
        <source>&amp;Password:</source>
        <translation>كلمة المرور (&amp;P):</translation>
    </message>
    <message>
        <location filename="../openrosa_dialog.py" line="95"/>
        <source>Connecting…</source>
        <translation>جارٍ الاتصال…</translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <location filename="../overview.py" line="27"/>
        <source>Question</source>
        <translation>السؤال</translation>
    </message>
    <message>
        <location filename="../overview.py" line="27"/>
        <source>Answer</source>
        <translation>الإجابة</translation>
    </message>
    <message>
        <location filename="../overview.py" line="27"/>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../overview.py" line="28"/>
        <source>Overview of the form</source>
        <translation>نظرة عامة على الاستمارة</translation>
    </message>
    <message>
        <location filename="../overview.py" line="69"/>
        <source>note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <location filename="../overview.py" line="73"/>
        <source>⚠ invalid</source>
        <translation>⚠ غير صالحة</translation>
    </message>
    <message>
        <location filename="../overview.py" line="75"/>
        <source>✓ answered</source>
        <translation>✓ مُجاب</translation>
    </message>
    <message>
        <location filename="../overview.py" line="77"/>
        <source>○ required</source>
        <translation>○ مطلوب</translation>
    </message>
    <message>
        <location filename="../overview.py" line="79"/>
        <source>○ unanswered</source>
        <translation>○ بلا إجابة</translation>
    </message>
</context>
<context>
    <name>ProgressModel</name>
    <message>
        <location filename="../assignment_models.py" line="272"/>
        <source>Enumerator</source>
        <translation>الباحث الميداني</translation>
    </message>
    <message>
        <location filename="../assignment_models.py" line="273"/>
        <source>Assignments</source>
        <translation>المهام</translation>
    </message>
    <message>
        <location filename="../assignment_models.py" line="274"/>
        <source>Expected</source>
        <translation>المتوقع</translation>
    </message>
    <message>
        <location filename="../assignment_models.py" line="275"/>
        <source>Done</source>
        <translation>أُنجز</translation>
    </message>
    <message>
        <location filename="../assignment_models.py" line="276"/>
        <source>Left</source>
        <translation>المتبقي</translation>
    </message>
    <message>
        <location filename="../assignment_models.py" line="277"/>
        <source>Site</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <location filename="../assignment_models.py" line="291"/>
        <source>All of {site}</source>
        <translation>الموقع {site} كله</translation>
    </message>
    <message>
        <location filename="../assignment_models.py" line="309"/>
        <source>Nobody has open work: Assign… gives the site&apos;s enumerators and clerks some.</source>
        <translation>لا أحد لديه عمل مفتوح: «إسناد…» يُسند عملًا إلى باحثي الموقع وكتّابه.</translation>
    </message>
</context>
<context>
    <name>QualityView</name>
    <message>
        <location filename="../quality_view.py" line="173"/>
        <source>Quality of the work</source>
        <translation>جودة العمل</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="182"/>
        <source>&amp;Form:</source>
        <translation>الاستمارة (&amp;F):</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="192"/>
        <source>every site</source>
        <translation>كل المواقع</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="194"/>
        <source>Site</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="196"/>
        <source>S&amp;ite:</source>
        <translation>الموقع (&amp;I):</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="198"/>
        <source>&amp;Read (F5)</source>
        <translation>اقرأ (F5) (&amp;R)</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="215"/>
        <source>&amp;Enumerators</source>
        <translation>الباحثون (&amp;E)</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="216"/>
        <source>&amp;Map</source>
        <translation>الخريطة (&amp;M)</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="217"/>
        <source>C&amp;hecks</source>
        <translation>الفحوص (&amp;H)</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="227"/>
        <source>This computer is not connected to a server: connect it first.</source>
        <translation>هذا الحاسوب غير متصل بخادم: اتصل بخادم أولًا.</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="235"/>
        <source>Day</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="236"/>
        <source>Enumerator</source>
        <translation>الباحث الميداني</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="237"/>
        <location filename="../quality_view.py" line="260"/>
        <source>Interviews</source>
        <translation>المقابلات</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="238"/>
        <location filename="../quality_view.py" line="254"/>
        <source>Median minutes</source>
        <translation>وسيط الدقائق</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="239"/>
        <location filename="../quality_view.py" line="255"/>
        <source>Flagged</source>
        <translation>عليها تنبيه</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="240"/>
        <location filename="../quality_view.py" line="256"/>
        <source>Sent back</source>
        <translation>المُعادة للتصحيح</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="241"/>
        <location filename="../quality_view.py" line="257"/>
        <source>Don&apos;t know</source>
        <translation>لا أعرف</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="242"/>
        <location filename="../quality_view.py" line="258"/>
        <source>Refused</source>
        <translation>رفض الإجابة</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="243"/>
        <location filename="../quality_view.py" line="259"/>
        <source>Roster size</source>
        <translation>عدد أفراد الأسرة</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="244"/>
        <source>Timed</source>
        <translation>المُوقَّتة</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="250"/>
        <source>Per enumerator and day</source>
        <translation>حسب الباحث واليوم</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="264"/>
        <source>Char&amp;t of:</source>
        <translation>الرسم البياني (&amp;T):</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="285"/>
        <source>Map of the site</source>
        <translation>خريطة الموقع</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="286"/>
        <source>No areas and no points yet: Read (F5).</source>
        <translation>لا مناطق ولا نقاط بعد: «اقرأ» (F5).</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="288"/>
        <source>by enumerator</source>
        <translation>حسب الباحث</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="289"/>
        <source>by flag (red: flagged)</source>
        <translation>حسب التنبيه (الأحمر: عليها تنبيه)</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="291"/>
        <source>&amp;Colour:</source>
        <translation>اللون (&amp;C):</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="296"/>
        <source>Arrows move, + and − zoom, 0 shows all.</source>
        <translation>الأسهم للتحريك، + و − للتكبير والتصغير، 0 لعرض الكل.</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="313"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="314"/>
        <source>Check</source>
        <translation>الفحص</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="315"/>
        <source>Field</source>
        <translation>السؤال</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="316"/>
        <source>Parameters</source>
        <translation>المعاملات</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="317"/>
        <source>From</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="323"/>
        <source>The form&apos;s checks</source>
        <translation>فحوص الاستمارة</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="330"/>
        <source>a question&apos;s name, e.g. hh_size</source>
        <translation>اسم سؤال، مثل hh_size</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="336"/>
        <source>&amp;Name:</source>
        <translation>الاسم (&amp;N):</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="337"/>
        <source>Chec&amp;k:</source>
        <translation>الفحص (&amp;K):</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="338"/>
        <source>Q&amp;uestion:</source>
        <translation>السؤال (&amp;U):</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="339"/>
        <source>&amp;Parameters:</source>
        <translation>المعاملات (&amp;P):</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="340"/>
        <source>Me&amp;ssage:</source>
        <translation>الرسالة (&amp;S):</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="345"/>
        <source>&amp;Add the check</source>
        <translation>أضف الفحص (&amp;A)</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="347"/>
        <source>&amp;Take the chosen check away</source>
        <translation>احذف الفحص المختار (&amp;T)</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="375"/>
        <source>Reading from the server…</source>
        <translation>جارٍ القراءة من الخادم…</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="403"/>
        <source>{points} interviews on the map, {flagged} of them flagged.</source>
        <translation>{points} مقابلة على الخريطة، {flagged} منها عليها تنبيه.</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="409"/>
        <source>Team</source>
        <translation>الفريق</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="418"/>
        <source>every day</source>
        <translation>كل الأيام</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="471"/>
        <source>flagged</source>
        <translation>عليها تنبيه</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="471"/>
        <source>not flagged</source>
        <translation>بلا تنبيه</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="487"/>
        <source>the form</source>
        <translation>الاستمارة</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="487"/>
        <source>a supervisor</source>
        <translation>مشرف</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="512"/>
        <source>The check was added; the flags follow within a minute.</source>
        <translation>أُضيف الفحص؛ تتبعه التنبيهات خلال دقيقة.</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="532"/>
        <source>The check was taken away.</source>
        <translation>حُذف الفحص.</translation>
    </message>
</context>
<context>
    <name>QuestionBox</name>
    <message>
        <location filename="../question_box.py" line="76"/>
        <source>Reviewer: {comment}</source>
        <translation>المراجِع: {comment}</translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <location filename="../reassign_dialog.py" line="111"/>
        <source>Reassign</source>
        <translation>إعادة الإسناد</translation>
    </message>
    <message>
        <location filename="../reassign_dialog.py" line="117"/>
        <source> and {n} more</source>
        <translation> و{n} أخرى</translation>
    </message>
    <message>
        <location filename="../reassign_dialog.py" line="119"/>
        <source>Give {n} assignment(s) to someone else: {titles}</source>
        <translation>إسناد {n} مهمة إلى شخص آخر: {titles}</translation>
    </message>
    <message>
        <location filename="../reassign_dialog.py" line="125"/>
        <source>Give to</source>
        <translation>إسناد إلى</translation>
    </message>
    <message>
        <location filename="../reassign_dialog.py" line="126"/>
        <source>Reading who works at the site…</source>
        <translation>جارٍ قراءة من يعمل في الموقع…</translation>
    </message>
    <message>
        <location filename="../reassign_dialog.py" line="127"/>
        <source>&amp;Give to:</source>
        <translation>إسناد إلى (&amp;G):</translation>
    </message>
    <message>
        <location filename="../reassign_dialog.py" line="131"/>
        <source>What happened</source>
        <translation>ما حدث</translation>
    </message>
    <message>
        <location filename="../reassign_dialog.py" line="148"/>
        <source>&amp;Reassign</source>
        <translation>إعادة إسناد (&amp;R)</translation>
    </message>
    <message>
        <location filename="../reassign_dialog.py" line="155"/>
        <source>Nobody else at this site can be given work</source>
        <translation>لا يوجد شخص آخر في هذا الموقع يمكن إسناد عمل إليه</translation>
    </message>
    <message>
        <location filename="../reassign_dialog.py" line="168"/>
        <source>Choose who does the work.</source>
        <translation>اختر من سيقوم بالعمل.</translation>
    </message>
    <message>
        <location filename="../reassign_dialog.py" line="173"/>
        <source>Sending to the server…</source>
        <translation>جارٍ الإرسال إلى الخادم…</translation>
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
        <translation>مُستلَمة</translation>
    </message>
    <message>
        <location filename="../review.py" line="92"/>
        <source>Corrected</source>
        <translation>مُصحَّحة</translation>
    </message>
    <message>
        <location filename="../review.py" line="93"/>
        <source>Sent back</source>
        <translation>مُعادة للتصحيح</translation>
    </message>
    <message>
        <location filename="../review.py" line="94"/>
        <source>Approved by the site</source>
        <translation>معتمدة من الموقع</translation>
    </message>
    <message>
        <location filename="../review.py" line="95"/>
        <source>Approved</source>
        <translation>معتمدة</translation>
    </message>
    <message>
        <location filename="../review.py" line="106"/>
        <location filename="../review.py" line="186"/>
        <source>Submissions to review</source>
        <translation>استمارات للمراجعة</translation>
    </message>
    <message>
        <location filename="../review.py" line="112"/>
        <source>Every state</source>
        <translation>كل الحالات</translation>
    </message>
    <message>
        <location filename="../review.py" line="116"/>
        <source>Every enumerator</source>
        <translation>كل الباحثين</translation>
    </message>
    <message>
        <location filename="../review.py" line="120"/>
        <source>Every form</source>
        <translation>كل الاستمارات</translation>
    </message>
    <message>
        <location filename="../review.py" line="125"/>
        <source>Flagged or not</source>
        <translation>عليها تنبيه أو بلا تنبيه</translation>
    </message>
    <message>
        <location filename="../review.py" line="126"/>
        <source>Flagged by the checks</source>
        <translation>عليها تنبيه من الفحوص</translation>
    </message>
    <message>
        <location filename="../review.py" line="127"/>
        <source>Not flagged</source>
        <translation>بلا تنبيه</translation>
    </message>
    <message>
        <location filename="../review.py" line="129"/>
        <source>Every site</source>
        <translation>كل المواقع</translation>
    </message>
    <message>
        <location filename="../review.py" line="135"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../review.py" line="149"/>
        <source>&amp;State</source>
        <translation>الحالة (&amp;S)</translation>
    </message>
    <message>
        <location filename="../review.py" line="150"/>
        <source>&amp;Enumerator</source>
        <translation>الباحث (&amp;E)</translation>
    </message>
    <message>
        <location filename="../review.py" line="151"/>
        <source>F&amp;orm</source>
        <translation>الاستمارة (&amp;O)</translation>
    </message>
    <message>
        <location filename="../review.py" line="152"/>
        <source>Fla&amp;gs</source>
        <translation>التنبيهات (&amp;G)</translation>
    </message>
    <message>
        <location filename="../review.py" line="155"/>
        <source>S&amp;ite</source>
        <translation>الموقع (&amp;I)</translation>
    </message>
    <message>
        <location filename="../review.py" line="157"/>
        <source>&amp;Received from</source>
        <translation>استُلمت من (&amp;R)</translation>
    </message>
    <message>
        <location filename="../review.py" line="158"/>
        <source>to</source>
        <translation>إلى</translation>
    </message>
    <message>
        <location filename="../review.py" line="173"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../review.py" line="174"/>
        <source>Form</source>
        <translation>الاستمارة</translation>
    </message>
    <message>
        <location filename="../review.py" line="175"/>
        <source>Enumerator</source>
        <translation>الباحث الميداني</translation>
    </message>
    <message>
        <location filename="../review.py" line="176"/>
        <source>Site</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <location filename="../review.py" line="178"/>
        <source>Revision</source>
        <translation>النسخة</translation>
    </message>
    <message>
        <location filename="../review.py" line="179"/>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../review.py" line="180"/>
        <source>Keyed by</source>
        <translation>أدخلها</translation>
    </message>
    <message>
        <location filename="../review.py" line="181"/>
        <source>Flags</source>
        <translation>التنبيهات</translation>
    </message>
    <message>
        <location filename="../review.py" line="198"/>
        <source>Household &amp;conflicts…</source>
        <translation>تعارضات الأسر… (&amp;C)</translation>
    </message>
    <message>
        <location filename="../review.py" line="231"/>
        <source>Type a date as YYYY-MM-DD, e.g. 2026-11-30.</source>
        <translation>اكتب التاريخ بالشكل YYYY-MM-DD، مثلاً 2026-11-30.</translation>
    </message>
    <message>
        <location filename="../review.py" line="244"/>
        <source>{state} (to send)</source>
        <translation>{state} (بانتظار الإرسال)</translation>
    </message>
    <message>
        <location filename="../review.py" line="246"/>
        <source>{state} ⚠ not accepted</source>
        <translation>{state} ⚠ لم يُقبل</translation>
    </message>
    <message numerus="yes">
        <location filename="../review.py" line="263"/>
        <source>%n flag(s) of the quality checks</source>
        <translation>
            <numerusform>لا تنبيه من فحوص الجودة</numerusform>
            <numerusform>تنبيه واحد من فحوص الجودة</numerusform>
            <numerusform>تنبيهان من فحوص الجودة</numerusform>
            <numerusform>%n تنبيهات من فحوص الجودة</numerusform>
            <numerusform>%n تنبيهًا من فحوص الجودة</numerusform>
            <numerusform>%n تنبيه من فحوص الجودة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../review.py" line="275"/>
        <source>flagged by the checks: {count}</source>
        <translation>عليها تنبيه من الفحوص: {count}</translation>
    </message>
    <message>
        <location filename="../review.py" line="280"/>
        <source>Nothing to review here. Submissions of your site come at each sync (F5).</source>
        <translation>لا شيء للمراجعة هنا. تصل استمارات موقعك مع كل مزامنة (F5).</translation>
    </message>
</context>
<context>
    <name>SecretariatView</name>
    <message>
        <location filename="../secretariat.py" line="129"/>
        <source>Approved</source>
        <translation>معتمدة</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="130"/>
        <source>Every state</source>
        <translation>كل الحالات</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="131"/>
        <source>Approved by the site</source>
        <translation>معتمدة من الموقع</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="132"/>
        <source>Received</source>
        <translation>مُستلَمة</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="133"/>
        <source>Corrected</source>
        <translation>مُصحَّحة</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="134"/>
        <source>Sent back</source>
        <translation>مُعادة للتصحيح</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="141"/>
        <source>&amp;Indicators</source>
        <translation>المؤشرات (&amp;I)</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="142"/>
        <source>D&amp;ata</source>
        <translation>البيانات (&amp;A)</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="143"/>
        <source>D&amp;uplicates</source>
        <translation>التكرارات (&amp;U)</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="144"/>
        <source>E&amp;xport</source>
        <translation>التصدير (&amp;X)</translation>
    </message>
</context>
<context>
    <name>SubmissionReview</name>
    <message>
        <location filename="../review.py" line="346"/>
        <source>Form &amp;language</source>
        <translation>لغة الاستمارة (&amp;L)</translation>
    </message>
    <message>
        <location filename="../review.py" line="360"/>
        <source>Values kept as written on the paper</source>
        <translation>قيم محفوظة كما كُتبت على الورقة</translation>
    </message>
    <message>
        <location filename="../review.py" line="368"/>
        <source>Flags of the quality checks</source>
        <translation>تنبيهات فحوص الجودة</translation>
    </message>
    <message>
        <location filename="../review.py" line="372"/>
        <source>Question</source>
        <translation>السؤال</translation>
    </message>
    <message>
        <location filename="../review.py" line="372"/>
        <source>Answer</source>
        <translation>الإجابة</translation>
    </message>
    <message>
        <location filename="../review.py" line="372"/>
        <source>Your comment on the answer</source>
        <translation>ملاحظتك على الإجابة</translation>
    </message>
    <message>
        <location filename="../review.py" line="374"/>
        <source>Answers</source>
        <translation>الإجابات</translation>
    </message>
    <message>
        <location filename="../review.py" line="399"/>
        <source>&amp;Comment on the whole submission</source>
        <translation>ملاحظة على الاستمارة كلها (&amp;C)</translation>
    </message>
    <message>
        <location filename="../review.py" line="413"/>
        <source>&amp;Approve</source>
        <translation>اعتماد (&amp;A)</translation>
    </message>
    <message>
        <location filename="../review.py" line="414"/>
        <source>Send &amp;back for correction</source>
        <translation>إعادة للتصحيح (&amp;B)</translation>
    </message>
    <message>
        <location filename="../review.py" line="415"/>
        <source>Back to the list (Esc)</source>
        <translation>العودة إلى القائمة (Esc)</translation>
    </message>
    <message>
        <location filename="../review.py" line="485"/>
        <source>Details from the server: {detail}</source>
        <translation>تفاصيل من الخادم: {detail}</translation>
    </message>
    <message>
        <location filename="../review.py" line="497"/>
        <source>The quality checks flagged this submission. To approve it, say in the comment why it stands:</source>
        <translation>نبّهت فحوص الجودة على هذه الاستمارة. لاعتمادها، اذكر في الملاحظة لماذا تُقبل كما هي:</translation>
    </message>
    <message>
        <location filename="../review.py" line="531"/>
        <source>{form}, version {version}</source>
        <translation>{form}، النسخة {version}</translation>
    </message>
    <message>
        <location filename="../review.py" line="535"/>
        <source>Enumerator: {name} · Site: {site}</source>
        <translation>الباحث: {name} · الموقع: {site}</translation>
    </message>
    <message>
        <location filename="../review.py" line="539"/>
        <source>Received {when} · revision {revision} · {state}</source>
        <translation>استُلمت {when} · النسخة {revision} · {state}</translation>
    </message>
    <message>
        <location filename="../review.py" line="547"/>
        <source>Keyed from paper questionnaire {number} (interviewed {date}) by {clerk}</source>
        <translation>أُدخلت من الاستبيان الورقي {number} (المقابلة في {date}) بواسطة {clerk}</translation>
    </message>
    <message>
        <location filename="../review.py" line="556"/>
        <source>{count} answers changed since the revision before (marked).</source>
        <translation>تغيّرت {count} إجابات منذ النسخة السابقة (مُعلَّمة).</translation>
    </message>
    <message>
        <location filename="../review.py" line="458"/>
        <source>Default</source>
        <translation>الافتراضية</translation>
    </message>
    <message>
        <location filename="../review.py" line="563"/>
        <source>The server&apos;s checks refused this revision:</source>
        <translation>رفضت فحوص الخادم هذه النسخة:</translation>
    </message>
    <message>
        <location filename="../review.py" line="567"/>
        <source>Sent back by {who} on {when}</source>
        <translation>أعادها {who} في {when}</translation>
    </message>
    <message>
        <location filename="../review.py" line="569"/>
        <source>Approved by {who} on {when}</source>
        <translation>اعتمدها {who} في {when}</translation>
    </message>
    <message>
        <location filename="../review.py" line="477"/>
        <source>The server did not accept the last decision made here: {why}</source>
        <translation>لم يقبل الخادم آخر قرار اتُّخذ هنا: {why}</translation>
    </message>
    <message>
        <location filename="../review.py" line="578"/>
        <source>The paper&apos;s value stands: {question} = {value}</source>
        <translation>قيمة الورقة تبقى: {question} = {value}</translation>
    </message>
    <message>
        <location filename="../review.py" line="600"/>
        <source>{question} — kept as on paper: {value}</source>
        <translation>{question} — محفوظة كما في الورقة: {value}</translation>
    </message>
    <message>
        <location filename="../review.py" line="605"/>
        <source>rule: {rule}</source>
        <translation>القاعدة: {rule}</translation>
    </message>
    <message>
        <location filename="../review.py" line="607"/>
        <source>note: {note}</source>
        <translation>ملاحظة: {note}</translation>
    </message>
    <message>
        <location filename="../review.py" line="610"/>
        <source>confirmed by {who} on {when}</source>
        <translation>أكّدها {who} في {when}</translation>
    </message>
    <message>
        <location filename="../review.py" line="615"/>
        <source>not confirmed yet: the indicators leave it out</source>
        <translation>لم تؤكَّد بعد: لا تحسبها المؤشرات</translation>
    </message>
    <message>
        <location filename="../review.py" line="622"/>
        <source>{answer} — kept as on paper, confirmed</source>
        <translation>{answer} — محفوظة كما في الورقة، مؤكَّدة</translation>
    </message>
    <message>
        <location filename="../review.py" line="624"/>
        <source>{answer} — kept as on paper</source>
        <translation>{answer} — محفوظة كما في الورقة</translation>
    </message>
    <message>
        <location filename="../review.py" line="632"/>
        <source>The &amp;paper&apos;s value stands: {question} = {value}</source>
        <translation>قيمة الورقة تبقى: {question} = {value} (&amp;P)</translation>
    </message>
    <message>
        <location filename="../review.py" line="710"/>
        <source>Changed in this revision</source>
        <translation>تغيّرت في هذه النسخة</translation>
    </message>
    <message>
        <location filename="../review.py" line="759"/>
        <source>{state}. The decision goes to the server at the next sync.</source>
        <translation>{state}. يُرسَل القرار إلى الخادم في المزامنة القادمة.</translation>
    </message>
</context>
<context>
    <name>SyncLabel</name>
    <message>
        <location filename="../sync_status.py" line="56"/>
        <source>{n} waiting to send</source>
        <translation>{n} بانتظار الإرسال</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="58"/>
        <source>{n} finalized sending while locked</source>
        <translation>{n} مكتملة تُرسل والشاشة مقفلة</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="61"/>
        <source>{n} of other users: sent when they sync</source>
        <translation>{n} لمستخدمين آخرين: تُرسل عندما يزامنون</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="65"/>
        <source>{n} submissions to review received</source>
        <translation>وصلت {n} استمارات للمراجعة</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="68"/>
        <source>sending {step} {done}/{total}</source>
        <translation>إرسال {step} {done}/{total}</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="73"/>
        <source>syncing…</source>
        <translation>جارٍ المزامنة…</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="74"/>
        <source>{kb} kB sent</source>
        <translation>أُرسل {kb} ك.ب</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="77"/>
        <source>you are not connected to a server yet (Daftari → Connect to a server)</source>
        <translation>لم تتصل بخادم بعد (دفتري ← الاتصال بخادم)</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="80"/>
        <source>last sync {at}</source>
        <translation>آخر مزامنة {at}</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="92"/>
        <source>{n} carried bundle(s) refused: Daftari → Bundles brought from USB sticks</source>
        <translation>رُفضت {n} حزمة مجلوبة: Daftari ← الحزم المجلوبة من أقراص USB</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="104"/>
        <source>{n} sent</source>
        <translation>أُرسلت {n}</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="105"/>
        <source>{n} sent back by the server&apos;s checks</source>
        <translation>{n} أعادتها فحوص الخادم</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="106"/>
        <source>{n} conflicting</source>
        <translation>{n} متعارضة</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="107"/>
        <source>{n} returned for correction</source>
        <translation>{n} أُعيدت للتصحيح</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="108"/>
        <source>{n} review decisions sent</source>
        <translation>أُرسلت {n} قرارات مراجعة</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="109"/>
        <source>{n} to review</source>
        <translation>{n} للمراجعة</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="110"/>
        <source>{n} carried bundle(s) delivered</source>
        <translation>سُلّمت {n} حزمة مجلوبة</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="122"/>
        <location filename="../sync_status.py" line="124"/>
        <source>no connection to the server</source>
        <translation>لا اتصال بالخادم</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="126"/>
        <source>the server refused this computer&apos;s login: </source>
        <translation>رفض الخادم دخول هذا الحاسوب: </translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="127"/>
        <source>sync stopped by an error: </source>
        <translation>توقفت المزامنة بسبب خطأ: </translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="135"/>
        <source>submissions</source>
        <translation>الاستمارات</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="136"/>
        <source>attachments</source>
        <translation>المرفقات</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="137"/>
        <source>updates</source>
        <translation>التحديثات</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="138"/>
        <source>bundles</source>
        <translation>الحزم</translation>
    </message>
</context>
<context>
    <name>ToVisitView</name>
    <message>
        <location filename="../to_visit.py" line="44"/>
        <source>Household or work</source>
        <translation>الأسرة أو المهمة</translation>
    </message>
    <message>
        <location filename="../to_visit.py" line="44"/>
        <source>Form</source>
        <translation>الاستمارة</translation>
    </message>
    <message>
        <location filename="../to_visit.py" line="44"/>
        <source>Done</source>
        <translation>أُنجز</translation>
    </message>
    <message>
        <location filename="../to_visit.py" line="44"/>
        <source>Left</source>
        <translation>المتبقي</translation>
    </message>
    <message>
        <location filename="../to_visit.py" line="48"/>
        <source>To visit</source>
        <translation>للزيارة</translation>
    </message>
    <message>
        <location filename="../to_visit.py" line="61"/>
        <source>&amp;Open the visit (Enter)</source>
        <translation>افتح الزيارة (Enter) (&amp;O)</translation>
    </message>
    <message>
        <location filename="../to_visit.py" line="63"/>
        <source>&amp;History (Ctrl+H)</source>
        <translation>السجل (Ctrl+H) (&amp;H)</translation>
    </message>
    <message>
        <location filename="../to_visit.py" line="65"/>
        <source>&amp;Print sheets…</source>
        <translation>اطبع الأوراق… (&amp;P)</translation>
    </message>
    <message>
        <location filename="../to_visit.py" line="68"/>
        <source>A sheet for each household still to visit with this form, with its QR code: keying the filled sheet starts from the code.</source>
        <translation>ورقة لكل أسرة لم تُزر بعد بهذه الاستمارة، مع رمز QR الخاص بها: يبدأ إدخال الورقة المعبأة من الرمز.</translation>
    </message>
    <message>
        <location filename="../to_visit.py" line="101"/>
        <source>{title} (begun)</source>
        <translation>{title} (بدأت)</translation>
    </message>
    <message>
        <location filename="../to_visit.py" line="106"/>
        <source>done</source>
        <translation>أُنجزت</translation>
    </message>
    <message>
        <location filename="../to_visit.py" line="118"/>
        <source>{left} left, {households} of them households to follow up</source>
        <translation>المتبقي {left}، منها {households} أسر للمتابعة</translation>
    </message>
    <message>
        <location filename="../to_visit.py" line="122"/>
        <source>Nothing assigned to you. Your supervisor assigns work; it comes at sync.</source>
        <translation>لم يُسند إليك شيء. مشرفك يُسند المهام، وتصل عند المزامنة.</translation>
    </message>
</context>
<context>
    <name>UserForm</name>
    <message>
        <location filename="../users_dialog.py" line="189"/>
        <source>Add a user</source>
        <translation>إضافة مستخدم</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="189"/>
        <source>New password for {name}</source>
        <translation>كلمة مرور جديدة للمستخدم {name}</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="198"/>
        <source>A&amp;dministrator (can add users and reset passwords)</source>
        <translation>مسؤول (يمكنه إضافة مستخدمين وإعادة تعيين كلمات المرور) (&amp;D)</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="204"/>
        <source>&amp;Name:</source>
        <translation>الاسم (&amp;N):</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="205"/>
        <source>&amp;Enumerator id:</source>
        <translation>رقم الباحث (&amp;E):</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="206"/>
        <source>&amp;Site (city):</source>
        <translation>الموقع (المدينة) (&amp;S):</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="207"/>
        <source>&amp;Password:</source>
        <translation>كلمة المرور (&amp;P):</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="208"/>
        <source>&amp;Repeat the password:</source>
        <translation>أعد كلمة المرور (&amp;R):</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="222"/>
        <source>A user needs a name.</source>
        <translation>يجب أن يكون للمستخدم اسم.</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="225"/>
        <source>A password needs at least {n} characters.</source>
        <translation>يجب أن تتكون كلمة المرور من {n} أحرف على الأقل.</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="229"/>
        <source>The two passwords are not the same.</source>
        <translation>كلمتا المرور غير متطابقتين.</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../users_dialog.py" line="37"/>
        <source>Users of this computer</source>
        <translation>مستخدمو هذا الحاسوب</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="41"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="41"/>
        <source>Enumerator id</source>
        <translation>رقم الباحث</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="41"/>
        <source>Site</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="41"/>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="43"/>
        <source>Users</source>
        <translation>المستخدمون</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="52"/>
        <source>&amp;Add a user…</source>
        <translation>إضافة مستخدم… (&amp;A)</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="53"/>
        <source>&amp;New password…</source>
        <translation>كلمة مرور جديدة… (&amp;N)</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="54"/>
        <location filename="../users_dialog.py" line="106"/>
        <source>&amp;Disable</source>
        <translation>تعطيل (&amp;D)</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="84"/>
        <source>administrator</source>
        <translation>مسؤول</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="84"/>
        <source>enumerator</source>
        <translation>باحث ميداني</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="85"/>
        <source>disabled</source>
        <translation>معطّل</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="106"/>
        <source>&amp;Enable</source>
        <translation>تفعيل (&amp;E)</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="111"/>
        <source>Working…</source>
        <translation>جارٍ العمل…</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="138"/>
        <source>{name} was added.</source>
        <translation>تمت إضافة {name}.</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="157"/>
        <source>{name} has a new password.</source>
        <translation>تم تعيين كلمة مرور جديدة للمستخدم {name}.</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="173"/>
        <source>{name} can no longer log in; their submissions stay.</source>
        <translation>لم يعد بإمكان {name} تسجيل الدخول؛ وتبقى استماراته المعبأة محفوظة.</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="175"/>
        <source>{name} can log in again.</source>
        <translation>أصبح بإمكان {name} تسجيل الدخول مجددًا.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../errors.py" line="28"/>
        <source>Something went wrong. Your saved answers are safe. The details are in the log file; you can copy them for support.</source>
        <translation>حدث خطأ. إجاباتك المحفوظة في أمان. التفاصيل في ملف السجل؛ يمكنك نسخها لفريق الدعم.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="36"/>
        <source>Copy details</source>
        <translation>نسخ التفاصيل</translation>
    </message>
</context>
</TS>
