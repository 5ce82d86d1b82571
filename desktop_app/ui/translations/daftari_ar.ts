<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar">
<context>
    <name>EnrolDialog</name>
    <message>
        <location filename="../enrol_dialog.py" line="21" />
        <source>Connect to a server</source>
        <translation>الاتصال بخادم</translation>
    </message>
    <message>
        <location filename="../enrol_dialog.py" line="30" />
        <source>&amp;Server address:</source>
        <translation>&amp;عنوان الخادم:</translation>
    </message>
    <message>
        <location filename="../enrol_dialog.py" line="31" />
        <source>&amp;Account:</source>
        <translation>ال&amp;حساب:</translation>
    </message>
    <message>
        <location filename="../enrol_dialog.py" line="32" />
        <source>&amp;Password:</source>
        <translation>&amp;كلمة المرور:</translation>
    </message>
    <message>
        <location filename="../enrol_dialog.py" line="48" />
        <source>Connecting…</source>
        <translation>جارٍ الاتصال…</translation>
    </message>
</context>
<context>
    <name>FillingView</name>
    <message>
        <location filename="../filling.py" line="60" />
        <source>Form language</source>
        <translation>لغة الاستمارة</translation>
    </message>
    <message>
        <location filename="../filling.py" line="62" />
        <source>(one language)</source>
        <translation>(لغة واحدة)</translation>
    </message>
    <message>
        <location filename="../filling.py" line="70" />
        <source>&amp;Language:</source>
        <translation>ال&amp;لغة:</translation>
    </message>
    <message>
        <location filename="../filling.py" line="95" />
        <source>◀ Back (PgUp)</source>
        <translation>رجوع (PgUp)</translation>
    </message>
    <message>
        <location filename="../filling.py" line="96" />
        <source>Next (PgDn) ▶</source>
        <translation>التالي (PgDn)</translation>
    </message>
    <message>
        <location filename="../filling.py" line="97" />
        <source>Overview (Ctrl+J)</source>
        <translation>نظرة عامة (Ctrl+J)</translation>
    </message>
    <message>
        <location filename="../filling.py" line="98" />
        <source>Save and close (Ctrl+W)</source>
        <translation>حفظ وإغلاق (Ctrl+W)</translation>
    </message>
    <message>
        <location filename="../filling.py" line="270" />
        <source>✓ Saved</source>
        <translation>✓ تم الحفظ</translation>
    </message>
    <message>
        <location filename="../filling.py" line="272" />
        <source>Every answer is on the disk.</source>
        <translation>كل الإجابات محفوظة على القرص.</translation>
    </message>
    <message>
        <location filename="../filling.py" line="274" />
        <source>⚠ NOT SAVED</source>
        <translation>⚠ لم يُحفظ</translation>
    </message>
    <message>
        <location filename="../filling.py" line="311" />
        <source>Remove this “{label}” (Ctrl+Del)</source>
        <translation>حذف «{label}» هذا (Ctrl+Del)</translation>
    </message>
    <message>
        <location filename="../filling.py" line="325" />
        <source>{label} — {n} of {count}</source>
        <translation>{label} — {n} من {count}</translation>
    </message>
    <message>
        <location filename="../filling.py" line="329" />
        <source>Page {n} of {count}</source>
        <translation>الصفحة {n} من {count}</translation>
    </message>
    <message>
        <location filename="../filling.py" line="342" />
        <source>Add another “{label}”? There are {count} now.</source>
        <translation>إضافة «{label}» آخر؟ يوجد الآن {count}.</translation>
    </message>
    <message>
        <location filename="../filling.py" line="348" />
        <source>&amp;Add another</source>
        <translation>إ&amp;ضافة آخر</translation>
    </message>
    <message>
        <location filename="../filling.py" line="349" />
        <source>&amp;No, go on (Enter)</source>
        <translation>&amp;لا، متابعة (Enter)</translation>
    </message>
    <message>
        <location filename="../filling.py" line="356" />
        <source>&amp;Remove the last one</source>
        <translation>ح&amp;ذف الأخير</translation>
    </message>
    <message>
        <location filename="../filling.py" line="395" />
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../filling.py" line="396" />
        <source>Remove “{label}” {n} and all its answers?</source>
        <translation>حذف «{label}» {n} وكل إجاباته؟</translation>
    </message>
    <message>
        <location filename="../filling.py" line="414" />
        <source>End of the form. Check the problems below, then finalize.</source>
        <translation>نهاية الاستمارة. راجع المشكلات أدناه ثم أكمل الاستمارة.</translation>
    </message>
    <message>
        <location filename="../filling.py" line="419" />
        <source>Problems</source>
        <translation>المشكلات</translation>
    </message>
    <message>
        <location filename="../filling.py" line="424" />
        <source>&amp;Finalize</source>
        <translation>إ&amp;كمال</translation>
    </message>
    <message>
        <location filename="../filling.py" line="445" />
        <source>No problems: ready to finalize.</source>
        <translation>لا توجد مشكلات: جاهزة للإكمال.</translation>
    </message>
    <message>
        <location filename="../filling.py" line="447" />
        <source>This submission is finalized and can no longer be changed.</source>
        <translation>هذه الاستمارة مكتملة ولا يمكن تغييرها بعد الآن.</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <location filename="../home.py" line="46" />
        <source>Drafts</source>
        <translation>المسودات</translation>
    </message>
    <message>
        <location filename="../home.py" line="47" />
        <source>Ready to send</source>
        <translation>جاهزة للإرسال</translation>
    </message>
    <message>
        <location filename="../home.py" line="48" />
        <source>Sent</source>
        <translation>المُرسلة</translation>
    </message>
    <message>
        <location filename="../home.py" line="49" />
        <source>Sent back</source>
        <translation>المُعادة للتصحيح</translation>
    </message>
    <message>
        <location filename="../home.py" line="53" />
        <source>&amp;Forms</source>
        <translation>الا&amp;ستمارات</translation>
    </message>
    <message>
        <location filename="../home.py" line="56" />
        <source>Installed forms</source>
        <translation>الاستمارات المثبتة</translation>
    </message>
    <message>
        <location filename="../home.py" line="61" />
        <source>version {version} · {languages}</source>
        <translation>الإصدار {version} · {languages}</translation>
    </message>
    <message>
        <location filename="../home.py" line="70" />
        <source>&amp;New submission (Ctrl+N)</source>
        <translation>استمارة &amp;جديدة (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../home.py" line="82" />
        <source>Search titles (Ctrl+F)</source>
        <translation>البحث في العناوين (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../home.py" line="85" />
        <source>All forms</source>
        <translation>كل الاستمارات</translation>
    </message>
    <message>
        <location filename="../home.py" line="90" />
        <source>Any time</source>
        <translation>أي وقت</translation>
    </message>
    <message>
        <location filename="../home.py" line="91" />
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <location filename="../home.py" line="92" />
        <source>Last 7 days</source>
        <translation>آخر 7 أيام</translation>
    </message>
    <message>
        <location filename="../home.py" line="93" />
        <source>Last 30 days</source>
        <translation>آخر 30 يومًا</translation>
    </message>
    <message>
        <location filename="../home.py" line="112" />
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../home.py" line="113" />
        <source>Form</source>
        <translation>الاستمارة</translation>
    </message>
    <message>
        <location filename="../home.py" line="114" />
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../home.py" line="115" />
        <source>Changed</source>
        <translation>آخر تعديل</translation>
    </message>
    <message>
        <location filename="../home.py" line="116" />
        <source>Enumerator</source>
        <translation>الباحث الميداني</translation>
    </message>
    <message>
        <location filename="../home.py" line="122" />
        <source>Submissions</source>
        <translation>الاستمارات المعبأة</translation>
    </message>
    <message>
        <location filename="../home.py" line="202" />
        <source>Nothing here.</source>
        <translation>لا يوجد شيء هنا.</translation>
    </message>
</context>
<context>
    <name>LoginView</name>
    <message>
        <location filename="../login.py" line="57" />
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <location filename="../login.py" line="61" />
        <source>Welcome to Daftari. Create the administrator profile for this computer: it can add the other users and reset a forgotten password.</source>
        <translation>مرحبًا بك في دفتري. أنشئ ملف المسؤول لهذا الحاسوب: يمكنه إضافة المستخدمين الآخرين وإعادة تعيين كلمة مرور منسية.</translation>
    </message>
    <message>
        <location filename="../login.py" line="70" />
        <source>&amp;Name:</source>
        <translation>الا&amp;سم:</translation>
    </message>
    <message>
        <location filename="../login.py" line="71" />
        <source>&amp;Enumerator id:</source>
        <translation>&amp;رقم الباحث:</translation>
    </message>
    <message>
        <location filename="../login.py" line="72" />
        <source>&amp;Site (city):</source>
        <translation>الم&amp;وقع (المدينة):</translation>
    </message>
    <message>
        <location filename="../login.py" line="73" />
        <location filename="../login.py" line="90" />
        <source>&amp;Password:</source>
        <translation>&amp;كلمة المرور:</translation>
    </message>
    <message>
        <location filename="../login.py" line="74" />
        <source>&amp;Repeat the password:</source>
        <translation>&amp;أعد كلمة المرور:</translation>
    </message>
    <message>
        <location filename="../login.py" line="75" />
        <source>&amp;Create profile</source>
        <translation>إ&amp;نشاء الملف</translation>
    </message>
    <message>
        <location filename="../login.py" line="79" />
        <source>Locked. Enter your password to go on, or switch user.</source>
        <translation>مقفل. أدخل كلمة المرور للمتابعة، أو بدّل المستخدم.</translation>
    </message>
    <message>
        <location filename="../login.py" line="81" />
        <source>Who is working?</source>
        <translation>من يعمل الآن؟</translation>
    </message>
    <message>
        <location filename="../login.py" line="89" />
        <source>&amp;User:</source>
        <translation>ال&amp;مستخدم:</translation>
    </message>
    <message>
        <location filename="../login.py" line="91" />
        <source>&amp;Log in</source>
        <translation>&amp;دخول</translation>
    </message>
    <message>
        <location filename="../login.py" line="105" />
        <source>The two passwords are not the same.</source>
        <translation>كلمتا المرور غير متطابقتين.</translation>
    </message>
    <message>
        <location filename="../login.py" line="120" />
        <source>Checking…</source>
        <translation>جارٍ التحقق…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="85" />
        <source>&amp;Daftari</source>
        <translation>&amp;دفتري</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="87" />
        <source>&amp;Install a form (XLSForm)…</source>
        <translation>&amp;تثبيت استمارة (XLSForm)…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="89" />
        <source>&amp;Lock / switch user</source>
        <translation>&amp;قفل / تبديل المستخدم</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="90" />
        <source>&amp;Sync now</source>
        <translation>م&amp;زامنة الآن</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="91" />
        <source>&amp;Connect to a server…</source>
        <translation>الا&amp;تصال بخادم…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="93" />
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="94" />
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="96" />
        <source>Larger text</source>
        <translation>نص أكبر</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="99" />
        <source>Smaller text</source>
        <translation>نص أصغر</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="101" />
        <source>Normal text size</source>
        <translation>حجم النص العادي</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="102" />
        <source>Interface &amp;language</source>
        <translation>&amp;لغة الواجهة</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="135" />
        <source>Locked</source>
        <translation>مقفل</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="241" />
        <source>Finalized. It will be sent when a connection appears.</source>
        <translation>اكتملت. ستُرسل عند توفر الاتصال.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="247" />
        <source>Choose a file…</source>
        <translation>اختر ملفًا…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="248" />
        <source>OK</source>
        <translation>موافق</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="249" />
        <source>Type a whole number.</source>
        <translation>اكتب عددًا صحيحًا.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="250" />
        <source>Type a number.</source>
        <translation>اكتب رقمًا.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="251" />
        <source>Type a date as YYYY-MM-DD (F4 opens a calendar).</source>
        <translation>اكتب التاريخ بالشكل YYYY-MM-DD (يفتح F4 التقويم).</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="252" />
        <source>Type a time as HH:MM.</source>
        <translation>اكتب الوقت بالشكل HH:MM.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="253" />
        <source>Type a date and time as YYYY-MM-DD HH:MM.</source>
        <translation>اكتب التاريخ والوقت بالشكل YYYY-MM-DD HH:MM.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="254" />
        <source>Latitude</source>
        <translation>خط العرض</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="255" />
        <source>Longitude</source>
        <translation>خط الطول</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="256" />
        <source>Accuracy (m)</source>
        <translation>الدقة (م)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="257" />
        <source>Latitude and longitude are numbers, e.g. 3.7194 and 34.8567.</source>
        <translation>خطا العرض والطول رقمان، مثل 3.7194 و34.8567.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="258" />
        <source>Latitude is between -90 and 90.</source>
        <translation>خط العرض بين -90 و90.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="259" />
        <source>Longitude is between -180 and 180.</source>
        <translation>خط الطول بين -180 و180.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="260" />
        <source>Accuracy is a positive number of metres.</source>
        <translation>الدقة عدد موجب من الأمتار.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="278" />
        <source>Install a form</source>
        <translation>تثبيت استمارة</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="278" />
        <source>XLSForms (*.xlsx *.xls)</source>
        <translation>استمارات XLSForm (*.xlsx *.xls)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="297" />
        <source>Installed {title}, version {version}.</source>
        <translation>تم تثبيت {title}، الإصدار {version}.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="299" />
        <source>{title}, version {version}, was already installed.</source>
        <translation>{title}، الإصدار {version}، مثبتة من قبل.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="311" />
        <source>The form was not installed</source>
        <translation>لم تُثبّت الاستمارة</translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <location filename="../overview.py" line="19" />
        <source>Question</source>
        <translation>السؤال</translation>
    </message>
    <message>
        <location filename="../overview.py" line="19" />
        <source>Answer</source>
        <translation>الإجابة</translation>
    </message>
    <message>
        <location filename="../overview.py" line="19" />
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../overview.py" line="20" />
        <source>Overview of the form</source>
        <translation>نظرة عامة على الاستمارة</translation>
    </message>
    <message>
        <location filename="../overview.py" line="48" />
        <source>⚠ invalid</source>
        <translation>⚠ غير صالحة</translation>
    </message>
    <message>
        <location filename="../overview.py" line="50" />
        <source>✓ answered</source>
        <translation>✓ مُجاب</translation>
    </message>
    <message>
        <location filename="../overview.py" line="52" />
        <source>○ required</source>
        <translation>○ مطلوب</translation>
    </message>
    <message>
        <location filename="../overview.py" line="54" />
        <source>○ unanswered</source>
        <translation>○ بلا إجابة</translation>
    </message>
</context>
<context>
    <name>SyncLabel</name>
    <message>
        <location filename="../sync_status.py" line="26" />
        <source>{n} waiting to send</source>
        <translation>{n} بانتظار الإرسال</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="30" />
        <source>sending {step} {done}/{total}</source>
        <translation>إرسال {step} {done}/{total}</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="35" />
        <source>syncing…</source>
        <translation>جارٍ المزامنة…</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="36" />
        <source>{kb} kB sent</source>
        <translation>أُرسل {kb} ك.ب</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="38" />
        <source>not connected to a server yet (Daftari → Connect to a server)</source>
        <translation>غير متصل بخادم بعد (دفتري ← الاتصال بخادم)</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="40" />
        <source>last sync {at}</source>
        <translation>آخر مزامنة {at}</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="48" />
        <source>submissions</source>
        <translation>الاستمارات</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="49" />
        <source>attachments</source>
        <translation>المرفقات</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="50" />
        <source>updates</source>
        <translation>التحديثات</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../errors.py" line="26" />
        <source>Something went wrong. Your saved answers are safe. The details are in the log file; you can copy them for support.</source>
        <translation>حدث خطأ. إجاباتك المحفوظة في أمان. التفاصيل في ملف السجل؛ يمكنك نسخها لفريق الدعم.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="34" />
        <source>Copy details</source>
        <translation>نسخ التفاصيل</translation>
    </message>
</context>
</TS>