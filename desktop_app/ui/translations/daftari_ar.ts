<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>EnrolDialog</name>
    <message>
        <location filename="../enrol_dialog.py" line="21"/>
        <source>Connect to a server</source>
        <translation>الاتصال بخادم</translation>
    </message>
    <message>
        <location filename="../enrol_dialog.py" line="32"/>
        <source>Over the internet the address starts with https:// (the connection is encrypted). A server in your own office is often reached with http:// and its local address, e.g. http://192.168.1.10:8080.</source>
        <translation>عبر الإنترنت يبدأ العنوان بـ https:// (الاتصال مشفّر). أما الخادم الموجود في مكتبك فيُوصَل إليه غالبًا بـ http:// وعنوانه المحلي، مثل http://192.168.1.10:8080.</translation>
    </message>
    <message>
        <location filename="../enrol_dialog.py" line="40"/>
        <source>⚠ With http:// your password and the answers cross the network unencrypted: use it only on the office&apos;s own network, never over the internet.</source>
        <translation>⚠ مع http:// تمرّ كلمة المرور والإجابات عبر الشبكة دون تشفير: استخدمه فقط على شبكة المكتب نفسه، ولا تستخدمه أبدًا عبر الإنترنت.</translation>
    </message>
    <message>
        <location filename="../enrol_dialog.py" line="50"/>
        <source>&amp;Server address:</source>
        <translation>&amp;عنوان الخادم:</translation>
    </message>
    <message>
        <location filename="../enrol_dialog.py" line="53"/>
        <source>&amp;Account:</source>
        <translation>ال&amp;حساب:</translation>
    </message>
    <message>
        <location filename="../enrol_dialog.py" line="54"/>
        <source>&amp;Password:</source>
        <translation>&amp;كلمة المرور:</translation>
    </message>
    <message>
        <location filename="../enrol_dialog.py" line="76"/>
        <source>Connecting…</source>
        <translation>جارٍ الاتصال…</translation>
    </message>
</context>
<context>
    <name>FillingView</name>
    <message>
        <location filename="../filling.py" line="65"/>
        <source>Form language</source>
        <translation>لغة الاستمارة</translation>
    </message>
    <message>
        <location filename="../filling.py" line="67"/>
        <source>(one language)</source>
        <translation>(لغة واحدة)</translation>
    </message>
    <message>
        <location filename="../filling.py" line="77"/>
        <source>&amp;Language:</source>
        <translation>ال&amp;لغة:</translation>
    </message>
    <message>
        <location filename="../filling.py" line="104"/>
        <source>◀ Back (PgUp)</source>
        <translation>رجوع (PgUp)</translation>
    </message>
    <message>
        <location filename="../filling.py" line="105"/>
        <source>Next (PgDn) ▶</source>
        <translation>التالي (PgDn)</translation>
    </message>
    <message>
        <location filename="../filling.py" line="106"/>
        <source>Overview (Ctrl+J)</source>
        <translation>نظرة عامة (Ctrl+J)</translation>
    </message>
    <message>
        <location filename="../filling.py" line="107"/>
        <source>Save and close (Ctrl+W)</source>
        <translation>حفظ وإغلاق (Ctrl+W)</translation>
    </message>
    <message>
        <location filename="../filling.py" line="121"/>
        <source>Discard draft (Ctrl+Shift+Del)</source>
        <translation>حذف المسودة (Ctrl+Shift+Del)</translation>
    </message>
    <message>
        <location filename="../filling.py" line="345"/>
        <source>✓ Saved</source>
        <translation>✓ تم الحفظ</translation>
    </message>
    <message>
        <location filename="../filling.py" line="347"/>
        <source>Every answer is on the disk.</source>
        <translation>كل الإجابات محفوظة على القرص.</translation>
    </message>
    <message>
        <location filename="../filling.py" line="349"/>
        <source>⚠ NOT SAVED</source>
        <translation>⚠ لم يُحفظ</translation>
    </message>
    <message>
        <location filename="../filling.py" line="387"/>
        <source>Remove this “{label}” (Ctrl+Del)</source>
        <translation>حذف «{label}» هذا (Ctrl+Del)</translation>
    </message>
    <message>
        <location filename="../filling.py" line="402"/>
        <source>{label} — {n} of {count}</source>
        <translation>{label} — {n} من {count}</translation>
    </message>
    <message>
        <location filename="../filling.py" line="406"/>
        <source>Page {n} of {count}</source>
        <translation>الصفحة {n} من {count}</translation>
    </message>
    <message>
        <location filename="../filling.py" line="419"/>
        <source>Add another “{label}”? There are {count} now.</source>
        <translation>إضافة «{label}» آخر؟ يوجد الآن {count}.</translation>
    </message>
    <message>
        <location filename="../filling.py" line="426"/>
        <source>Add another (Alt+A)</source>
        <translation>إضافة آخر (Alt+A)</translation>
    </message>
    <message>
        <location filename="../filling.py" line="427"/>
        <source>No, go on (Enter)</source>
        <translation>لا، متابعة (Enter)</translation>
    </message>
    <message>
        <location filename="../filling.py" line="434"/>
        <source>Remove the last one (Alt+R)</source>
        <translation>حذف الأخير (Alt+R)</translation>
    </message>
    <message>
        <location filename="../filling.py" line="548"/>
        <source>Finalize (Alt+F)</source>
        <translation>إكمال (Alt+F)</translation>
    </message>
    <message>
        <location filename="../filling.py" line="483"/>
        <source>Remove answers?</source>
        <translation>حذف الإجابات؟</translation>
    </message>
    <message>
        <location filename="../filling.py" line="485"/>
        <source>The count is now {wanted}, but these entries hold answers: {names}.

Remove them and their answers?</source>
        <translation>العدد الآن {wanted}، لكن هذه الإدخالات فيها إجابات: {names}.

هل تريد حذفها مع إجاباتها؟</translation>
    </message>
    <message>
        <location filename="../filling.py" line="492"/>
        <source>Keep them (the count goes back to {n})</source>
        <translation>الإبقاء عليها (يعود العدد إلى {n})</translation>
    </message>
    <message>
        <location filename="../filling.py" line="495"/>
        <source>Keep them</source>
        <translation>الإبقاء عليها</translation>
    </message>
    <message>
        <location filename="../filling.py" line="496"/>
        <source>Remove them</source>
        <translation>حذفها</translation>
    </message>
    <message>
        <location filename="../filling.py" line="519"/>
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../filling.py" line="520"/>
        <source>Remove “{label}” {n} and all its answers?</source>
        <translation>حذف «{label}» {n} وكل إجاباته؟</translation>
    </message>
    <message>
        <location filename="../filling.py" line="538"/>
        <source>End of the form. Check the problems below, then finalize.</source>
        <translation>نهاية الاستمارة. راجع المشكلات أدناه ثم أكمل الاستمارة.</translation>
    </message>
    <message>
        <location filename="../filling.py" line="543"/>
        <source>Problems</source>
        <translation>المشكلات</translation>
    </message>
    <message>
        <location filename="../filling.py" line="570"/>
        <source>No problems: ready to finalize.</source>
        <translation>لا توجد مشكلات: جاهزة للإكمال.</translation>
    </message>
    <message>
        <location filename="../filling.py" line="572"/>
        <source>This submission is finalized and can no longer be changed.</source>
        <translation>هذه الاستمارة مكتملة ولا يمكن تغييرها بعد الآن.</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <location filename="../home.py" line="54"/>
        <source>Drafts</source>
        <translation>المسودات</translation>
    </message>
    <message>
        <location filename="../home.py" line="55"/>
        <source>Ready to send</source>
        <translation>جاهزة للإرسال</translation>
    </message>
    <message>
        <location filename="../home.py" line="56"/>
        <source>Sent</source>
        <translation>المُرسلة</translation>
    </message>
    <message>
        <location filename="../home.py" line="57"/>
        <source>Sent back</source>
        <translation>المُعادة للتصحيح</translation>
    </message>
    <message>
        <location filename="../home.py" line="61"/>
        <source>&amp;Forms</source>
        <translation>الا&amp;ستمارات</translation>
    </message>
    <message>
        <location filename="../home.py" line="64"/>
        <source>Installed forms</source>
        <translation>الاستمارات المثبتة</translation>
    </message>
    <message>
        <location filename="../home.py" line="71"/>
        <source>version {version}</source>
        <translation>الإصدار {version}</translation>
    </message>
    <message>
        <location filename="../home.py" line="83"/>
        <source>&amp;New submission (Ctrl+N)</source>
        <translation>استمارة &amp;جديدة (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../home.py" line="95"/>
        <source>Search titles (Ctrl+F)</source>
        <translation>البحث في العناوين (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../home.py" line="98"/>
        <source>All forms</source>
        <translation>كل الاستمارات</translation>
    </message>
    <message>
        <location filename="../home.py" line="103"/>
        <source>Any time</source>
        <translation>أي وقت</translation>
    </message>
    <message>
        <location filename="../home.py" line="104"/>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <location filename="../home.py" line="105"/>
        <source>Last 7 days</source>
        <translation>آخر 7 أيام</translation>
    </message>
    <message>
        <location filename="../home.py" line="106"/>
        <source>Last 30 days</source>
        <translation>آخر 30 يومًا</translation>
    </message>
    <message>
        <location filename="../home.py" line="125"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../home.py" line="126"/>
        <source>Form</source>
        <translation>الاستمارة</translation>
    </message>
    <message>
        <location filename="../home.py" line="127"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../home.py" line="128"/>
        <source>Changed</source>
        <translation>آخر تعديل</translation>
    </message>
    <message>
        <location filename="../home.py" line="129"/>
        <source>Enumerator</source>
        <translation>الباحث الميداني</translation>
    </message>
    <message>
        <location filename="../home.py" line="135"/>
        <source>Submissions</source>
        <translation>الاستمارات المعبأة</translation>
    </message>
    <message>
        <location filename="../home.py" line="218"/>
        <source>Nothing here.</source>
        <translation>لا يوجد شيء هنا.</translation>
    </message>
</context>
<context>
    <name>LoginView</name>
    <message>
        <location filename="../login.py" line="57"/>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <location filename="../login.py" line="61"/>
        <source>Welcome to Daftari. Create the administrator profile for this computer: it can add the other users and reset a forgotten password.</source>
        <translation>مرحبًا بك في دفتري. أنشئ ملف المسؤول لهذا الحاسوب: يمكنه إضافة المستخدمين الآخرين وإعادة تعيين كلمة مرور منسية.</translation>
    </message>
    <message>
        <location filename="../login.py" line="70"/>
        <source>&amp;Name:</source>
        <translation>الا&amp;سم:</translation>
    </message>
    <message>
        <location filename="../login.py" line="71"/>
        <source>&amp;Enumerator id:</source>
        <translation>&amp;رقم الباحث:</translation>
    </message>
    <message>
        <location filename="../login.py" line="72"/>
        <source>&amp;Site (city):</source>
        <translation>الم&amp;وقع (المدينة):</translation>
    </message>
    <message>
        <location filename="../login.py" line="73"/>
        <location filename="../login.py" line="92"/>
        <source>&amp;Password:</source>
        <translation>&amp;كلمة المرور:</translation>
    </message>
    <message>
        <location filename="../login.py" line="74"/>
        <source>&amp;Repeat the password:</source>
        <translation>&amp;أعد كلمة المرور:</translation>
    </message>
    <message>
        <location filename="../login.py" line="75"/>
        <source>&amp;Create profile</source>
        <translation>إ&amp;نشاء الملف</translation>
    </message>
    <message>
        <location filename="../login.py" line="79"/>
        <source>Locked. Enter your password to go on, or switch user.</source>
        <translation>مقفل. أدخل كلمة المرور للمتابعة، أو بدّل المستخدم.</translation>
    </message>
    <message>
        <location filename="../login.py" line="81"/>
        <source>Who is working?</source>
        <translation>من يعمل الآن؟</translation>
    </message>
    <message>
        <location filename="../login.py" line="91"/>
        <source>&amp;User:</source>
        <translation>ال&amp;مستخدم:</translation>
    </message>
    <message>
        <location filename="../login.py" line="93"/>
        <source>&amp;Log in</source>
        <translation>&amp;دخول</translation>
    </message>
    <message>
        <location filename="../login.py" line="107"/>
        <source>The two passwords are not the same.</source>
        <translation>كلمتا المرور غير متطابقتين.</translation>
    </message>
    <message>
        <location filename="../login.py" line="122"/>
        <source>Checking…</source>
        <translation>جارٍ التحقق…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="102"/>
        <source>&amp;Daftari</source>
        <translation>&amp;دفتري</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="104"/>
        <source>&amp;Install a form (XLSForm)…</source>
        <translation>&amp;تثبيت استمارة (XLSForm)…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="106"/>
        <source>&amp;Lock / switch user</source>
        <translation>&amp;قفل / تبديل المستخدم</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="107"/>
        <source>&amp;Sync now</source>
        <translation>م&amp;زامنة الآن</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="108"/>
        <source>&amp;Connect to a server…</source>
        <translation>الا&amp;تصال بخادم…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="109"/>
        <source>&amp;Users…</source>
        <translation>ال&amp;مستخدمون…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="111"/>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="112"/>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="114"/>
        <source>Larger text</source>
        <translation>نص أكبر</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="117"/>
        <source>Smaller text</source>
        <translation>نص أصغر</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="119"/>
        <source>Normal text size</source>
        <translation>حجم النص العادي</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="120"/>
        <source>Interface &amp;language</source>
        <translation>&amp;لغة الواجهة</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="156"/>
        <source>Locked</source>
        <translation>مقفل</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="355"/>
        <source>Discard this draft?</source>
        <translation>حذف هذه المسودة؟</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="357"/>
        <source>Its answers (and photos) will be deleted from this computer. This cannot be undone.</source>
        <translation>ستُحذف إجاباتها (وصورها) من هذا الحاسوب. لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="373"/>
        <source>The draft was discarded.</source>
        <translation>حُذفت المسودة.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="382"/>
        <source>Finalized. It will be sent when a connection appears.</source>
        <translation>اكتملت. ستُرسل عند توفر الاتصال.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="388"/>
        <source>Choose a file…</source>
        <translation>اختر ملفًا…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="389"/>
        <source>OK</source>
        <translation>موافق</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="390"/>
        <source>Type a whole number.</source>
        <translation>اكتب عددًا صحيحًا.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="391"/>
        <source>Type a number.</source>
        <translation>اكتب رقمًا.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="393"/>
        <source>“{typed}” could be {first} or {second}. Type {first} or {second}, as you mean it.</source>
        <translation>«{typed}» قد تعني {first} أو {second}. اكتب {first} أو {second} حسب ما تقصد.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="396"/>
        <source>“{typed}”: a comma is not a decimal mark here. For {value}, type {value}.</source>
        <translation>«{typed}»: الفاصلة ليست علامة عشرية هنا. للعدد {value}، اكتب {value}.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="398"/>
        <source>Too many digits to keep exactly.</source>
        <translation>عدد الأرقام كبير جدًا ولا يمكن حفظه بدقة.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="399"/>
        <source>Will be stored as {value}.</source>
        <translation>سيُحفظ على أنه {value}.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="400"/>
        <source>No choice has the code {code}.</source>
        <translation>لا يوجد خيار بالرمز {code}.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="401"/>
        <source>Type a date as YYYY-MM-DD (F4 opens a calendar).</source>
        <translation>اكتب التاريخ بالشكل YYYY-MM-DD (يفتح F4 التقويم).</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="402"/>
        <source>Type a time as HH:MM.</source>
        <translation>اكتب الوقت بالشكل HH:MM.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="403"/>
        <source>Type a date and time as YYYY-MM-DD HH:MM.</source>
        <translation>اكتب التاريخ والوقت بالشكل YYYY-MM-DD HH:MM.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="404"/>
        <source>Latitude</source>
        <translation>خط العرض</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="405"/>
        <source>Longitude</source>
        <translation>خط الطول</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="406"/>
        <source>Accuracy (m)</source>
        <translation>الدقة (م)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="407"/>
        <source>Latitude and longitude are numbers, e.g. 3.7194 and 34.8567.</source>
        <translation>خطا العرض والطول رقمان، مثل 3.7194 و34.8567.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="408"/>
        <source>Latitude is between -90 and 90.</source>
        <translation>خط العرض بين -90 و90.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="409"/>
        <source>Longitude is between -180 and 180.</source>
        <translation>خط الطول بين -180 و180.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="410"/>
        <source>Accuracy is a positive number of metres.</source>
        <translation>الدقة عدد موجب من الأمتار.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="428"/>
        <source>Install a form</source>
        <translation>تثبيت استمارة</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="428"/>
        <source>XLSForms (*.xlsx *.xls)</source>
        <translation>استمارات XLSForm (*.xlsx *.xls)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="447"/>
        <source>Installed {title}, version {version}.</source>
        <translation>تم تثبيت {title}، الإصدار {version}.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="449"/>
        <source>{title}, version {version}, was already installed.</source>
        <translation>{title}، الإصدار {version}، مثبتة من قبل.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="461"/>
        <source>The form was not installed</source>
        <translation>لم تُثبّت الاستمارة</translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <location filename="../overview.py" line="20"/>
        <source>Question</source>
        <translation>السؤال</translation>
    </message>
    <message>
        <location filename="../overview.py" line="20"/>
        <source>Answer</source>
        <translation>الإجابة</translation>
    </message>
    <message>
        <location filename="../overview.py" line="20"/>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../overview.py" line="21"/>
        <source>Overview of the form</source>
        <translation>نظرة عامة على الاستمارة</translation>
    </message>
    <message>
        <location filename="../overview.py" line="59"/>
        <source>note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <location filename="../overview.py" line="63"/>
        <source>⚠ invalid</source>
        <translation>⚠ غير صالحة</translation>
    </message>
    <message>
        <location filename="../overview.py" line="65"/>
        <source>✓ answered</source>
        <translation>✓ مُجاب</translation>
    </message>
    <message>
        <location filename="../overview.py" line="67"/>
        <source>○ required</source>
        <translation>○ مطلوب</translation>
    </message>
    <message>
        <location filename="../overview.py" line="69"/>
        <source>○ unanswered</source>
        <translation>○ بلا إجابة</translation>
    </message>
</context>
<context>
    <name>SyncLabel</name>
    <message>
        <location filename="../sync_status.py" line="26"/>
        <source>{n} waiting to send</source>
        <translation>{n} بانتظار الإرسال</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="30"/>
        <source>sending {step} {done}/{total}</source>
        <translation>إرسال {step} {done}/{total}</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="35"/>
        <source>syncing…</source>
        <translation>جارٍ المزامنة…</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="36"/>
        <source>{kb} kB sent</source>
        <translation>أُرسل {kb} ك.ب</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="38"/>
        <source>not connected to a server yet (Daftari → Connect to a server)</source>
        <translation>غير متصل بخادم بعد (دفتري ← الاتصال بخادم)</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="40"/>
        <source>last sync {at}</source>
        <translation>آخر مزامنة {at}</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="48"/>
        <source>submissions</source>
        <translation>الاستمارات</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="49"/>
        <source>attachments</source>
        <translation>المرفقات</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="50"/>
        <source>updates</source>
        <translation>التحديثات</translation>
    </message>
</context>
<context>
    <name>UserForm</name>
    <message>
        <location filename="../users_dialog.py" line="182"/>
        <source>Add a user</source>
        <translation>إضافة مستخدم</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="182"/>
        <source>New password for {name}</source>
        <translation>كلمة مرور جديدة للمستخدم {name}</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="191"/>
        <source>A&amp;dministrator (can add users and reset passwords)</source>
        <translation>&amp;مسؤول (يمكنه إضافة مستخدمين وإعادة تعيين كلمات المرور)</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="197"/>
        <source>&amp;Name:</source>
        <translation>الا&amp;سم:</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="198"/>
        <source>&amp;Enumerator id:</source>
        <translation>&amp;رقم الباحث:</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="199"/>
        <source>&amp;Site (city):</source>
        <translation>الم&amp;وقع (المدينة):</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="200"/>
        <source>&amp;Password:</source>
        <translation>&amp;كلمة المرور:</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="201"/>
        <source>&amp;Repeat the password:</source>
        <translation>&amp;أعد كلمة المرور:</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="214"/>
        <source>A user needs a name.</source>
        <translation>يجب أن يكون للمستخدم اسم.</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="216"/>
        <source>The two passwords are not the same.</source>
        <translation>كلمتا المرور غير متطابقتين.</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../users_dialog.py" line="35"/>
        <source>Users of this computer</source>
        <translation>مستخدمو هذا الحاسوب</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="39"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="39"/>
        <source>Enumerator id</source>
        <translation>رقم الباحث</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="39"/>
        <source>Site</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="39"/>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="41"/>
        <source>Users</source>
        <translation>المستخدمون</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="47"/>
        <source>&amp;Add a user…</source>
        <translation>&amp;إضافة مستخدم…</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="48"/>
        <source>&amp;New password…</source>
        <translation>&amp;كلمة مرور جديدة…</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="49"/>
        <location filename="../users_dialog.py" line="99"/>
        <source>&amp;Disable</source>
        <translation>&amp;تعطيل</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="79"/>
        <source>administrator</source>
        <translation>مسؤول</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="79"/>
        <source>enumerator</source>
        <translation>باحث ميداني</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="80"/>
        <source>disabled</source>
        <translation>معطّل</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="99"/>
        <source>&amp;Enable</source>
        <translation>ت&amp;فعيل</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="104"/>
        <source>Working…</source>
        <translation>جارٍ العمل…</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="131"/>
        <source>{name} was added.</source>
        <translation>تمت إضافة {name}.</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="150"/>
        <source>{name} has a new password.</source>
        <translation>تم تعيين كلمة مرور جديدة للمستخدم {name}.</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="166"/>
        <source>{name} can no longer log in; their submissions stay.</source>
        <translation>لم يعد بإمكان {name} تسجيل الدخول؛ وتبقى استماراته المعبأة محفوظة.</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="168"/>
        <source>{name} can log in again.</source>
        <translation>أصبح بإمكان {name} تسجيل الدخول مجددًا.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../errors.py" line="26"/>
        <source>Something went wrong. Your saved answers are safe. The details are in the log file; you can copy them for support.</source>
        <translation>حدث خطأ. إجاباتك المحفوظة في أمان. التفاصيل في ملف السجل؛ يمكنك نسخها لفريق الدعم.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="34"/>
        <source>Copy details</source>
        <translation>نسخ التفاصيل</translation>
    </message>
</context>
</TS>
