<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
    <context>
        <name>BirthScreen</name>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/birth_screen.py" line="48" />
            <location filename="../kiosk/ui/kiosk_screen/birth_screen.py" line="127" />
            <source>Wanneer ben je geboren?</source>
            <translation>ما تاريخ ميلادك؟</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/birth_screen.py" line="50" />
            <location filename="../kiosk/ui/kiosk_screen/birth_screen.py" line="128" />
            <source>Typ de dag, de maand en het jaar. Voor 2 april 1950 typ je 02 04 1950.</source>
            <translation>اكتب اليوم والشهر والسنة. مثلًا لتاريخ 2 أبريل 1950 اكتب 02 04 1950.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/birth_screen.py" line="55" />
            <source>dag</source>
            <translation>اليوم</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/birth_screen.py" line="55" />
            <source>maand</source>
            <translation>الشهر</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/birth_screen.py" line="55" />
            <source>jaar</source>
            <translation>السنة</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/birth_screen.py" line="66" />
            <source>Zoek mijn afspraak</source>
            <translation>ابحث عن موعدي</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/birth_screen.py" line="89" />
            <source>Deze datum kan niet. Kijk hem nog eens na.</source>
            <translation>هذا التاريخ غير صحيح. راجعه مرة أخرى.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/birth_screen.py" line="96" />
            <source>Je geboortedatum: {date}</source>
            <translation>تاريخ ميلادك: {date}</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/birth_screen.py" line="98" />
            <source>Je geboortedatum</source>
            <translation>تاريخ ميلادك</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/birth_screen.py" line="119" />
            <source>Getypt</source>
            <translation>ما كتبته</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/birth_screen.py" line="133" />
            <source>Je datum is getypt.</source>
            <translation>كتبت التاريخ.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/birth_screen.py" line="134" />
            <source>Typ de cijfers. Druk dan op Enter.</source>
            <translation>اكتب الأرقام. ثم اضغط Enter.</translation>
        </message>
    </context>
    <context>
        <name>CheckInScreen</name>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_screen.py" line="29" />
            <source>Ik heb een afspraak</source>
            <translation>عندي موعد</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_screen.py" line="31" />
            <source>Zeg hier dat je er bent. Dan krijg je een ticket.</source>
            <translation>أخبرنا هنا أنك وصلت. ثم تحصل على تذكرة.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_screen.py" line="37" />
            <source>Hou de code van je brief voor de scanner.</source>
            <translation>ضع الرمز الموجود على رسالتك أمام الماسح.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_screen.py" line="38" />
            <source>Het is het vierkantje met zwarte blokjes op je brief.</source>
            <translation>هو المربع الصغير ذو المربعات السوداء على رسالتك.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_screen.py" line="39" />
            <source>Dan krijg je meteen je ticket.</source>
            <translation>ثم تحصل على تذكرتك فورًا.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_screen.py" line="47" />
            <source>Lukt het scannen niet?</source>
            <translation>المسح لا يعمل؟</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_screen.py" line="51" />
            <source>Typ je code</source>
            <translation>اكتب رمزك</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_screen.py" line="52" />
            <source>De 6 tekens naast het vierkantje op je brief.</source>
            <translation>الأحرف الستة بجانب المربع على رسالتك.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_screen.py" line="59" />
            <source>Ik heb geen code</source>
            <translation>ليس عندي رمز</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_screen.py" line="60" />
            <source>Zoek je afspraak met je familienaam en geboortedatum.</source>
            <translation>ابحث عن موعدك باسم العائلة وتاريخ الميلاد.</translation>
        </message>
    </context>
    <context>
        <name>ChooseScreen</name>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/choose_screen.py" line="37" />
            <source>Welke afspraak is van jou?</source>
            <translation>أي موعد هو موعدك؟</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/choose_screen.py" line="40" />
            <source>We vonden meer dan één afspraak voor vandaag. Kies de jouwe.</source>
            <translation>وجدنا أكثر من موعد اليوم. اختر موعدك.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/choose_screen.py" line="68" />
            <source>Om {time}</source>
            <translation>الساعة {time}</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/choose_screen.py" line="73" />
            <source>{service} om {time}</source>
            <translation>{service} الساعة {time}</translation>
        </message>
    </context>
    <context>
        <name>CodeScreen</name>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/code_screen.py" line="24" />
            <location filename="../kiosk/ui/kiosk_screen/code_screen.py" line="67" />
            <source>Typ je code</source>
            <translation>اكتب رمزك</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/code_screen.py" line="26" />
            <location filename="../kiosk/ui/kiosk_screen/code_screen.py" line="68" />
            <source>Je code staat op je brief, naast het vierkantje. Het zijn 6 tekens.</source>
            <translation>رمزك مكتوب على رسالتك بجانب المربع. يتكون من 6 أحرف.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/code_screen.py" line="30" />
            <source>Niet alle letters staan hier. De andere heb je niet nodig.</source>
            <translation>ليست كل الحروف هنا. لا تحتاج إلى الحروف الأخرى.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/code_screen.py" line="36" />
            <source>OK</source>
            <translation>موافق</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/code_screen.py" line="54" />
            <source>Je code: {code}</source>
            <translation>رمزك: {code}</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/code_screen.py" line="72" />
            <source>Typ de letters en cijfers. Druk dan op Enter.</source>
            <translation>اكتب الحروف والأرقام. ثم اضغط Enter.</translation>
        </message>
    </context>
    <context>
        <name>Header</name>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/widgets.py" line="282" />
            <source>Demo</source>
            <translation>عرض تجريبي</translation>
        </message>
    </context>
    <context>
        <name>HelpScreen</name>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/help_screen.py" line="73" />
            <source>Ik heb geen hulp meer nodig</source>
            <translation>لم أعد أحتاج إلى مساعدة</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/help_screen.py" line="86" />
            <source>Zo neem je een ticket</source>
            <translation>كيف تأخذ تذكرة</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/help_screen.py" line="88" />
            <source>Tik op waarvoor je komt.</source>
            <translation>المس ما جئت من أجله.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/help_screen.py" line="89" />
            <source>Zeg of je voorrang nodig hebt.</source>
            <translation>قل إن كنت تحتاج إلى أولوية.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/help_screen.py" line="90" />
            <source>Neem je ticket uit de printer.</source>
            <translation>خذ تذكرتك من الطابعة.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/help_screen.py" line="91" />
            <source>Ga zitten in de wachtzaal. Kijk naar het scherm.</source>
            <translation>اجلس في قاعة الانتظار. انظر إلى الشاشة.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/help_screen.py" line="92" />
            <source>Zie je je nummer op het scherm? Ga dan naar het loket dat erbij staat.</source>
            <translation>هل ترى رقمك على الشاشة؟ اذهب إذن إلى الشباك المكتوب بجانبه.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/help_screen.py" line="132" />
            <source>Er komt iemand naar je toe.</source>
            <translation>سيأتي إليك شخص.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/help_screen.py" line="132" />
            <location filename="../kiosk/ui/kiosk_screen/help_screen.py" line="140" />
            <source>Blijf even hier staan.</source>
            <translation>ابقَ هنا قليلًا.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/help_screen.py" line="134" />
            <source>Er kon niemand komen.</source>
            <translation>لم يتمكن أحد من الحضور.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/help_screen.py" line="134" />
            <source>Vraag het aan de balie.</source>
            <translation>اسأل عند مكتب الاستقبال.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/help_screen.py" line="137" />
            <source>Dat lukte niet.</source>
            <translation>لم ينجح ذلك.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/help_screen.py" line="138" />
            <source>Vraag het aan de balie of aan een medewerker.</source>
            <translation>اسأل عند مكتب الاستقبال أو أحد الموظفين.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/help_screen.py" line="140" />
            <source>We roepen iemand.</source>
            <translation>نحن ننادي شخصًا.</translation>
        </message>
    </context>
    <context>
        <name>IssueScreen</name>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/issue_screen.py" line="48" />
            <location filename="../kiosk/ui/kiosk_screen/issue_screen.py" line="51" />
            <source>Probeer opnieuw</source>
            <translation>حاول مرة أخرى</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/issue_screen.py" line="54" />
            <source>Roep iemand</source>
            <translation>نادِ شخصًا</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/issue_screen.py" line="82" />
            <source>Even geduld</source>
            <translation>لحظة من فضلك</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/issue_screen.py" line="84" />
            <source>We zoeken je afspraak.</source>
            <translation>نبحث عن موعدك.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/issue_screen.py" line="84" />
            <source>We maken je ticket.</source>
            <translation>نجهّز تذكرتك.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/issue_screen.py" line="91" />
            <source>Er ging iets mis.</source>
            <translation>حدث خطأ ما.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/issue_screen.py" line="92" />
            <source>Probeer opnieuw of vraag hulp aan de balie.</source>
            <translation>حاول مرة أخرى أو اطلب المساعدة من مكتب الاستقبال.</translation>
        </message>
    </context>
    <context>
        <name>KeypadScreen</name>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/screen_base.py" line="84" />
            <source>Wis 1 teken</source>
            <translation>احذف حرفًا واحدًا</translation>
        </message>
    </context>
    <context>
        <name>KioskCheckIn</name>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_wording.py" line="39" />
            <source>Je afspraak is om {time}.</source>
            <translation>موعدك الساعة {time}.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_wording.py" line="43" />
            <source>We roepen je nummer.</source>
            <translation>سننادي رقمك.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_wording.py" line="47" />
            <source>Je zei al dat je er bent. Hier is je ticket nog eens.</source>
            <translation>أخبرتنا من قبل أنك وصلت. هذه تذكرتك مرة أخرى.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_wording.py" line="54" />
            <source>Je afspraak is morgen om {time}.</source>
            <translation>موعدك غدًا الساعة {time}.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_wording.py" line="56" />
            <source>Je afspraak was op {date} om {time}.</source>
            <translation>كان موعدك يوم {date} الساعة {time}.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_wording.py" line="59" />
            <source>Je afspraak is op {date} om {time}.</source>
            <translation>موعدك يوم {date} الساعة {time}.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_wording.py" line="74" />
            <source>Vanaf {time} kan je zeggen dat je er bent.</source>
            <translation>من الساعة {time} يمكنك أن تخبرنا هنا أنك وصلت.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_wording.py" line="78" />
            <source>Ga even zitten en kom dan terug naar hier.</source>
            <translation>اجلس قليلًا ثم ارجع إلى هنا.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_wording.py" line="79" />
            <source>Je bent vroeg.</source>
            <translation>جئت مبكرًا.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_wording.py" line="83" />
            <source>Je bent te laat voor je afspraak.</source>
            <translation>تأخرت عن موعدك.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_wording.py" line="84" />
            <source>Geen probleem. Neem een gewoon ticket. Dan helpen we je zo snel mogelijk.</source>
            <translation>لا مشكلة. خذ تذكرة عادية. سنساعدك بأسرع ما يمكن.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_wording.py" line="86" />
            <source>Neem een gewoon ticket</source>
            <translation>خذ تذكرة عادية</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_wording.py" line="93" />
            <source>Je afspraak is al voorbij.</source>
            <translation>فات موعدك.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_wording.py" line="93" />
            <source>Je afspraak is op een andere dag.</source>
            <translation>موعدك في يوم آخر.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_wording.py" line="96" />
            <source>Maak een nieuwe afspraak aan de balie.</source>
            <translation>احجز موعدًا جديدًا عند مكتب الاستقبال.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_wording.py" line="98" />
            <source>Kom dan terug. Heb je een vraag? Vraag het aan de balie.</source>
            <translation>ارجع في ذلك اليوم. عندك سؤال؟ اسأل عند مكتب الاستقبال.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_wording.py" line="106" />
            <source>Je afspraak is in een ander gebouw.</source>
            <translation>موعدك في مبنى آخر.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_wording.py" line="107" />
            <source>Ga naar:</source>
            <translation>اذهب إلى:</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_wording.py" line="115" />
            <source>Deze afspraak gaat niet meer door.</source>
            <translation>أُلغي هذا الموعد.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_wording.py" line="116" />
            <source>Vraag het aan de balie. Daar kan je een nieuwe afspraak maken.</source>
            <translation>اسأل عند مكتب الاستقبال. هناك يمكنك حجز موعد جديد.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_wording.py" line="125" />
            <source>We vinden deze code niet.</source>
            <translation>لم نجد هذا الرمز.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_wording.py" line="127" />
            <source>Kijk of je de code goed hebt getypt.</source>
            <translation>تأكد أنك كتبت الرمز بشكل صحيح.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_wording.py" line="128" />
            <source>Lukt het niet? Vraag het aan de balie.</source>
            <translation>لم تنجح؟ اسأل عند مكتب الاستقبال.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_wording.py" line="131" />
            <source>Typ je code opnieuw</source>
            <translation>اكتب رمزك مرة أخرى</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_wording.py" line="140" />
            <source>We vinden geen afspraak.</source>
            <translation>لم نجد موعدًا.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_wording.py" line="142" />
            <source>We vinden vandaag geen afspraak met deze naam en geboortedatum.</source>
            <translation>لم نجد موعدًا اليوم بهذا الاسم وتاريخ الميلاد.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_wording.py" line="143" />
            <source>Kijk of alles juist is. Lukt het niet? Vraag het aan de balie.</source>
            <translation>تأكد أن كل شيء صحيح. لم تنجح؟ اسأل عند مكتب الاستقبال.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_wording.py" line="146" />
            <source>Probeer opnieuw</source>
            <translation>حاول مرة أخرى</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_wording.py" line="157" />
            <source>Zoeken op naam lukt nu niet.</source>
            <translation>البحث بالاسم لا يعمل الآن.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_wording.py" line="159" />
            <source>Heb je de brief met je code? Typ dan je code.</source>
            <translation>هل معك الرسالة التي فيها رمزك؟ اكتب رمزك إذن.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_wording.py" line="160" />
            <source>Of vraag het aan de balie.</source>
            <translation>أو اسأل عند مكتب الاستقبال.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_wording.py" line="163" />
            <source>Typ je code</source>
            <translation>اكتب رمزك</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_wording.py" line="168" />
            <source>We kunnen je code nu niet nakijken.</source>
            <translation>لا يمكننا التحقق من رمزك الآن.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_wording.py" line="169" />
            <source>Vraag het aan de balie. Daar helpen we je verder.</source>
            <translation>اسأل عند مكتب الاستقبال. هناك سيساعدونك.</translation>
        </message>
    </context>
    <context>
        <name>KioskHours</name>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="89" />
            <source>Dit kan hier nu, tot {end}.</source>
            <translation>هذا ممكن هنا الآن حتى الساعة {end}.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="91" />
            <source>Dit kan hier vandaag vanaf {start}.</source>
            <translation>هذا ممكن هنا اليوم من الساعة {start}.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="93" />
            <source>Dit kan hier morgen van {start} tot {end}.</source>
            <translation>هذا ممكن هنا غدًا من الساعة {start} حتى {end}.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="94" />
            <source>Dit kan hier op {date} van {start} tot {end}.</source>
            <translation>هذا ممكن هنا يوم {date} من الساعة {start} حتى {end}.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="103" />
            <source>Daar kan het nu, tot {end}.</source>
            <translation>هذا ممكن هناك الآن حتى الساعة {end}.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="105" />
            <source>Daar kan het vandaag vanaf {start}.</source>
            <translation>هذا ممكن هناك اليوم من الساعة {start}.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="107" />
            <source>Daar kan het morgen van {start} tot {end}.</source>
            <translation>هذا ممكن هناك غدًا من الساعة {start} حتى {end}.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="108" />
            <source>Daar kan het op {date} van {start} tot {end}.</source>
            <translation>هذا ممكن هناك يوم {date} من الساعة {start} حتى {end}.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="121" />
            <source>Vandaag dicht</source>
            <translation>مغلق اليوم</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="121" />
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="125" />
            <source>Vandaag niet meer</source>
            <translation>انتهى لهذا اليوم</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="123" />
            <source>Alleen met afspraak</source>
            <translation>بموعد فقط</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="127" />
            <source>Vraag het aan de balie</source>
            <translation>اسأل عند مكتب الاستقبال</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="129" />
            <source>Nu niet hier</source>
            <translation>ليس هنا الآن</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="133" />
            <source>Vandaag vanaf {start}</source>
            <translation>اليوم من الساعة {start}</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="135" />
            <source>Morgen vanaf {start}</source>
            <translation>غدًا من الساعة {start}</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="136" />
            <source>Op {date}</source>
            <translation>يوم {date}</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="144" />
            <source>Maak een afspraak aan de balie, bel {phone} of ga naar {website}.</source>
            <translation>احجز موعدًا عند مكتب الاستقبال، أو اتصل بالرقم {phone}، أو ادخل إلى {website}.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="148" />
            <source>Maak een afspraak aan de balie of bel {phone}.</source>
            <translation>احجز موعدًا عند مكتب الاستقبال أو اتصل بالرقم {phone}.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="150" />
            <source>Maak een afspraak aan de balie of ga naar {website}.</source>
            <translation>احجز موعدًا عند مكتب الاستقبال أو ادخل إلى {website}.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="151" />
            <source>Maak een afspraak aan de balie.</source>
            <translation>احجز موعدًا عند مكتب الاستقبال.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="169" />
            <source>Hiervoor heb je een afspraak nodig.</source>
            <translation>تحتاج إلى موعد لهذا.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="172" />
            <source>Ik heb al een afspraak</source>
            <translation>عندي موعد بالفعل</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="177" />
            <source>Sorry, vandaag lukt het niet meer.</source>
            <translation>عذرًا، لم يعد ذلك ممكنًا اليوم.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="178" />
            <source>We gaan bijna dicht. Er is niet genoeg tijd meer om je nog te helpen.</source>
            <translation>سنغلق قريبًا. لم يبق وقت كافٍ لمساعدتك.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="180" />
            <source>Dit kan nu niet hier.</source>
            <translation>هذا غير ممكن هنا الآن.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="183" />
            <source>Dit kan nu niet.</source>
            <translation>هذا غير ممكن الآن.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="188" />
            <source>Vraag het aan de balie.</source>
            <translation>اسأل عند مكتب الاستقبال.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="193" />
            <source>Het kan wel in een ander gebouw:</source>
            <translation>هذا ممكن في مبنى آخر:</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="225" />
            <source>Vandaag is het gemeentehuis dicht.</source>
            <translation>مبنى البلدية مغلق اليوم.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="226" />
            <source>Vandaag is de bibliotheek dicht.</source>
            <translation>المكتبة مغلقة اليوم.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="228" />
            <source>Het gemeentehuis is nu gesloten.</source>
            <translation>مبنى البلدية مغلق الآن.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="229" />
            <source>De bibliotheek is nu gesloten.</source>
            <translation>المكتبة مغلقة الآن.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="241" />
            <source>Het is {holiday}.</source>
            <translation>إنه {holiday}.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="250" />
            <source>{place} is nu open, tot {end}.</source>
            <translation>{place} مفتوح الآن حتى الساعة {end}.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="254" />
            <source>{place} is vandaag open van {start} tot {end}.</source>
            <translation>{place} مفتوح اليوم من الساعة {start} حتى {end}.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="269" />
            <source>We zijn weer open vandaag om {start}.</source>
            <translation>نفتح مرة أخرى اليوم الساعة {start}.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="271" />
            <source>We zijn weer open morgen om {start}.</source>
            <translation>نفتح مرة أخرى غدًا الساعة {start}.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="272" />
            <source>We zijn weer open op {date} om {start}.</source>
            <translation>نفتح مرة أخرى يوم {date} الساعة {start}.</translation>
        </message>
    </context>
    <context>
        <name>KioskText</name>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/wording.py" line="59" />
            <source>Er is niemand voor jou.</source>
            <translation>لا أحد قبلك.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/wording.py" line="61" />
            <source>Er is 1 persoon voor jou.</source>
            <translation>يوجد شخص واحد قبلك.</translation>
        </message>
        <message numerus="yes">
            <location filename="../kiosk/ui/kiosk_screen/wording.py" line="62" />
            <source>Er zijn %n mensen voor jou.</source>
            <translation>
                <numerusform>لا أحد قبلك.</numerusform>
                <numerusform>يوجد شخص واحد قبلك.</numerusform>
                <numerusform>يوجد شخصان قبلك.</numerusform>
                <numerusform>يوجد %Ln أشخاص قبلك.</numerusform>
                <numerusform>يوجد %Ln شخصًا قبلك.</numerusform>
                <numerusform>يوجد %Ln شخص قبلك.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/wording.py" line="67" />
            <source>Je bent bijna aan de beurt.</source>
            <translation>دورك قريب جدًا.</translation>
        </message>
        <message numerus="yes">
            <location filename="../kiosk/ui/kiosk_screen/wording.py" line="69" />
            <source>Je wacht ongeveer %n minuten.</source>
            <translation>
                <numerusform>ستنتظر حوالي %Ln دقيقة.</numerusform>
                <numerusform>ستنتظر حوالي دقيقة واحدة.</numerusform>
                <numerusform>ستنتظر حوالي دقيقتين.</numerusform>
                <numerusform>ستنتظر حوالي %Ln دقائق.</numerusform>
                <numerusform>ستنتظر حوالي %Ln دقيقة.</numerusform>
                <numerusform>ستنتظر حوالي %Ln دقيقة.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/wording.py" line="75" />
            <source>bijna aan de beurt</source>
            <translation>دورك قريب</translation>
        </message>
        <message numerus="yes">
            <location filename="../kiosk/ui/kiosk_screen/wording.py" line="76" />
            <source>ongeveer %n minuten</source>
            <translation>
                <numerusform>حوالي %Ln دقيقة</numerusform>
                <numerusform>حوالي دقيقة واحدة</numerusform>
                <numerusform>حوالي دقيقتين</numerusform>
                <numerusform>حوالي %Ln دقائق</numerusform>
                <numerusform>حوالي %Ln دقيقة</numerusform>
                <numerusform>حوالي %Ln دقيقة</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/wording.py" line="83" />
            <source>Voorrang</source>
            <translation>أولوية</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/wording.py" line="89" />
            <source>Je nummer</source>
            <translation>رقمك</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/wording.py" line="90" />
            <source>Mensen voor jou</source>
            <translation>الأشخاص قبلك</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/wording.py" line="91" />
            <source>Wachttijd</source>
            <translation>وقت الانتظار</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/wording.py" line="92" />
            <source>Scan de code. Dan zie je wanneer het je beurt is.</source>
            <translation>امسح الرمز. ثم ترى متى يأتي دورك.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/wording.py" line="93" />
            <source>Bewaar dit ticket. Kijk naar het scherm in de wachtzaal.</source>
            <translation>احتفظ بهذه التذكرة. انظر إلى الشاشة في قاعة الانتظار.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/wording.py" line="101" />
            <source>Je afspraak</source>
            <translation>موعدك</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/wording.py" line="102" />
            <source>Wat nu?</source>
            <translation>ماذا بعد؟</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/wording.py" line="107" />
            <source>we roepen je nummer</source>
            <translation>سننادي رقمك</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/wording.py" line="112" />
            <source>Afspraak</source>
            <translation>موعد</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/wording.py" line="118" />
            <source>Sorry, het papier van de printer is op.</source>
            <translation>عذرًا، نفد الورق من الطابعة.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/wording.py" line="119" />
            <source>Sorry, de printer werkt nu niet.</source>
            <translation>عذرًا، الطابعة لا تعمل الآن.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/wording.py" line="125" />
            <source>Over 1 seconde gaat het scherm terug naar het begin.</source>
            <translation>بعد ثانية واحدة تعود الشاشة إلى البداية.</translation>
        </message>
        <message numerus="yes">
            <location filename="../kiosk/ui/kiosk_screen/wording.py" line="126" />
            <source>Over %n seconden gaat het scherm terug naar het begin.</source>
            <translation>
                <numerusform>بعد %Ln ثانية تعود الشاشة إلى البداية.</numerusform>
                <numerusform>بعد ثانية واحدة تعود الشاشة إلى البداية.</numerusform>
                <numerusform>بعد ثانيتين تعود الشاشة إلى البداية.</numerusform>
                <numerusform>بعد %Ln ثوانٍ تعود الشاشة إلى البداية.</numerusform>
                <numerusform>بعد %Ln ثانية تعود الشاشة إلى البداية.</numerusform>
                <numerusform>بعد %Ln ثانية تعود الشاشة إلى البداية.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/wording.py" line="131" />
            <source>Dit scherm sluit over 1 seconde.</source>
            <translation>ستُغلق هذه الشاشة بعد ثانية واحدة.</translation>
        </message>
        <message numerus="yes">
            <location filename="../kiosk/ui/kiosk_screen/wording.py" line="132" />
            <source>Dit scherm sluit over %n seconden.</source>
            <translation>
                <numerusform>ستُغلق هذه الشاشة بعد %Ln ثانية.</numerusform>
                <numerusform>ستُغلق هذه الشاشة بعد ثانية واحدة.</numerusform>
                <numerusform>ستُغلق هذه الشاشة بعد ثانيتين.</numerusform>
                <numerusform>ستُغلق هذه الشاشة بعد %Ln ثوانٍ.</numerusform>
                <numerusform>ستُغلق هذه الشاشة بعد %Ln ثانية.</numerusform>
                <numerusform>ستُغلق هذه الشاشة بعد %Ln ثانية.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>KioskTime</name>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/locale_format.py" line="72" />
            <source>H 'uur'</source>
            <translation>h:mm Ap</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/locale_format.py" line="72" />
            <source>H:mm 'uur'</source>
            <translation>h:mm Ap</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/locale_format.py" line="83" />
            <source>dddd d MMMM</source>
            <translation>dddd d MMMM</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/locale_format.py" line="88" />
            <source>d MMMM yyyy</source>
            <translation>d MMMM yyyy</translation>
        </message>
    </context>
    <context>
        <name>KioskWindow</name>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_steps.py" line="120" />
            <location filename="../kiosk/ui/kiosk_screen/window.py" line="261" />
            <source>Naar het begin</source>
            <translation>إلى البداية</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_steps.py" line="126" />
            <location filename="../kiosk/ui/kiosk_screen/window.py" line="265" />
            <source>Terug</source>
            <translation>رجوع</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/window.py" line="70" />
            <source>Ticket nemen</source>
            <translation>خذ تذكرة</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/window.py" line="89" />
            <source>Roep iemand</source>
            <translation>نادِ شخصًا</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/window.py" line="259" />
            <source>Klaar</source>
            <translation>تم</translation>
        </message>
    </context>
    <context>
        <name>LanguageRow</name>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/language_row.py" line="186" />
            <source>Taal</source>
            <translation>اللغة</translation>
        </message>
    </context>
    <context>
        <name>LinkBanner</name>
        <message>
            <location filename="../kiosk/ui/common/link_banner.py" line="49" />
            <source>Deze kiosk moet bijgewerkt worden.</source>
            <translation>يجب تحديث هذا الجهاز.</translation>
        </message>
    </context>
    <context>
        <name>MessageScreen</name>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/message_screen.py" line="84" />
            <source>Roep iemand</source>
            <translation>نادِ شخصًا</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/message_screen.py" line="87" />
            <source>Neem een ticket</source>
            <translation>خذ تذكرة</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/message_screen.py" line="113" />
            <source>Je koos: {service}</source>
            <translation>اخترت: {service}</translation>
        </message>
    </context>
    <context>
        <name>NameScreen</name>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/name_screen.py" line="34" />
            <location filename="../kiosk/ui/kiosk_screen/name_screen.py" line="112" />
            <source>Wat is je familienaam?</source>
            <translation>ما اسم عائلتك؟</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/name_screen.py" line="36" />
            <location filename="../kiosk/ui/kiosk_screen/name_screen.py" line="113" />
            <source>Typ alleen je familienaam, zonder je voornaam.</source>
            <translation>اكتب اسم العائلة فقط، بدون اسمك الأول.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/name_screen.py" line="52" />
            <source>Spatie</source>
            <translation>مسافة</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/name_screen.py" line="54" />
            <source>Apostrof</source>
            <translation>فاصلة عليا</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/name_screen.py" line="54" />
            <source>Streepje</source>
            <translation>شَرطة</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/name_screen.py" line="62" />
            <source>Verder</source>
            <translation>التالي</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/name_screen.py" line="73" />
            <source>Je familienaam: {name}</source>
            <translation>اسم عائلتك: {name}</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/name_screen.py" line="104" />
            <source>Getypt</source>
            <translation>ما كتبته</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/name_screen.py" line="116" />
            <source>Je naam is getypt.</source>
            <translation>كتبت اسمك.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/name_screen.py" line="117" />
            <source>Typ de letters. Druk dan op Enter.</source>
            <translation>اكتب الحروف. ثم اضغط Enter.</translation>
        </message>
    </context>
    <context>
        <name>PriorityScreen</name>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/priority_screen.py" line="43" />
            <location filename="../kiosk/ui/kiosk_screen/priority_screen.py" line="93" />
            <source>Heb je voorrang nodig?</source>
            <translation>هل تحتاج إلى أولوية؟</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/priority_screen.py" line="46" />
            <location filename="../kiosk/ui/kiosk_screen/priority_screen.py" line="94" />
            <source>Met voorrang ben je sneller aan de beurt. Kies wat voor jou past.</source>
            <translation>مع الأولوية يأتي دورك أسرع. اختر ما يناسبك.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/priority_screen.py" line="53" />
            <source>Nee, ik wacht gewoon</source>
            <translation>لا، سأنتظر دوري</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/priority_screen.py" line="57" />
            <source>Ja, ik ben 65 jaar of ouder</source>
            <translation>نعم، عمري 65 سنة أو أكثر</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/priority_screen.py" line="58" />
            <source>Ja, ik heb een beperking</source>
            <translation>نعم، عندي إعاقة</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/priority_screen.py" line="59" />
            <source>Ja, ik ben zwanger</source>
            <translation>نعم، أنا حامل</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/priority_screen.py" line="86" />
            <source>Je koos: {service}</source>
            <translation>اخترت: {service}</translation>
        </message>
    </context>
    <context>
        <name>ReachLayout</name>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/page_view.py" line="110" />
            <source>Vorige</source>
            <translation>السابق</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/page_view.py" line="111" />
            <source>Meer</source>
            <translation>المزيد</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/page_view.py" line="112" />
            <source>Toon het vorige deel van dit scherm.</source>
            <translation>يعرض الجزء السابق من هذه الشاشة.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/page_view.py" line="113" />
            <source>Toon de rest van dit scherm.</source>
            <translation>يعرض بقية هذه الشاشة.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/page_view.py" line="125" />
            <source>{page}/{pages}</source>
            <translation>{page}/{pages}</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/page_view.py" line="127" />
            <source>Deel {page} van {pages}</source>
            <translation>الجزء {page} من {pages}</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/reach_layout.py" line="67" />
            <source>Alles lager</source>
            <translation>كل شيء إلى الأسفل</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/reach_layout.py" line="69" />
            <source>Alle knoppen komen lager. Zo kan je ze ook vanuit een rolstoel aanraken.</source>
            <translation>تنتقل كل الأزرار إلى الأسفل، فتستطيع لمسها من الكرسي المتحرك أيضًا.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/reach_layout.py" line="94" />
            <source>Alle knoppen staan nu lager.</source>
            <translation>كل الأزرار الآن في الأسفل.</translation>
        </message>
    </context>
    <context>
        <name>ReadAloud</name>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/read_aloud.py" line="190" />
            <source>Voorlezen staat aan.</source>
            <translation>القراءة بصوت عالٍ تعمل.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/read_aloud.py" line="191" />
            <source>Gebruik de pijltjes om een keuze te zoeken.</source>
            <translation>استخدم الأسهم لتجد اختيارًا.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/read_aloud.py" line="192" />
            <source>Druk op Enter om te kiezen.</source>
            <translation>اضغط Enter للاختيار.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/read_aloud.py" line="193" />
            <source>Druk op Escape om terug te gaan.</source>
            <translation>اضغط Escape للرجوع.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/read_aloud.py" line="194" />
            <source>Druk op {key} om alles nog eens te horen.</source>
            <translation>اضغط {key} لتسمع كل شيء مرة أخرى.</translation>
        </message>
    </context>
    <context>
        <name>ResetWarning</name>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/reset_warning.py" line="58" />
            <source>Meer tijd nodig? Druk dan op Enter.</source>
            <translation>هل تحتاج وقتًا أطول؟ اضغط Enter.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/reset_warning.py" line="154" />
            <source>Ben je er nog?</source>
            <translation>هل ما زلت هنا؟</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/reset_warning.py" line="157" />
            <source>Ik heb meer tijd nodig</source>
            <translation>أحتاج وقتًا أطول</translation>
        </message>
    </context>
    <context>
        <name>SeeingModes</name>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/seeing.py" line="174" />
            <source>Grotere letters</source>
            <translation>خط أكبر</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/seeing.py" line="175" />
            <source>Meer contrast</source>
            <translation>تباين أعلى</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/seeing.py" line="177" />
            <source>Lees voor</source>
            <translation>اقرأ بصوت عالٍ</translation>
        </message>
    </context>
    <context>
        <name>StartScreen</name>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/start_screen.py" line="145" />
            <location filename="../kiosk/ui/kiosk_screen/start_screen.py" line="365" />
            <source>Waarvoor kom je?</source>
            <translation>ما الذي جئت من أجله؟</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/start_screen.py" line="147" />
            <location filename="../kiosk/ui/kiosk_screen/start_screen.py" line="273" />
            <source>Tik op wat je komt doen. Dan krijg je een ticket.</source>
            <translation>المس ما جئت لتفعله. ثم تحصل على تذكرة.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/start_screen.py" line="151" />
            <source>Ik heb een afspraak</source>
            <translation>عندي موعد</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/start_screen.py" line="152" />
            <source>Scan je brief of typ je code.</source>
            <translation>امسح رسالتك أو اكتب رمزك.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/start_screen.py" line="181" />
            <location filename="../kiosk/ui/kiosk_screen/start_screen.py" line="367" />
            <source>De printer werkt nu niet. Je ziet je nummer op het scherm.</source>
            <translation>الطابعة لا تعمل الآن. سترى رقمك على الشاشة.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/start_screen.py" line="189" />
            <source>Even geduld. De kiosk start op.</source>
            <translation>لحظة من فضلك. الجهاز يبدأ التشغيل.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/start_screen.py" line="255" />
            <source>Er ging iets mis. Even geduld, we proberen opnieuw.</source>
            <translation>حدث خطأ ما. لحظة من فضلك، نحاول مرة أخرى.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/start_screen.py" line="275" />
            <source>Tik op wat je komt doen. Dan zie je wanneer het kan.</source>
            <translation>المس ما جئت لتفعله. ثم ترى متى يكون ممكنًا.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/start_screen.py" line="285" />
            <source>Je kan hier nu geen ticket nemen. Vraag het aan de balie.</source>
            <translation>لا يمكنك أخذ تذكرة هنا الآن. اسأل عند مكتب الاستقبال.</translation>
        </message>
    </context>
    <context>
        <name>StartupProblem</name>
        <message>
            <location filename="../kiosk/ui/common/startup_problem.py" line="24" />
            <source>Dit toestel is niet aangemeld bij de server: het heeft geen sleutel. Wat te doen? Vraag de dienst ICT om een nieuwe code. Meld het toestel daarmee opnieuw aan.</source>
            <translation>هذا الجهاز غير مسجل لدى الخادم: ليس لديه مفتاح. ما العمل: اطلب من قسم تكنولوجيا المعلومات تسجيله من جديد برمز جديد.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/common/startup_problem.py" line="28" />
            <source>De server %1 is niet bereikbaar. Dit toestel had er nog nooit contact mee. Wat te doen: controleer de netwerkverbinding. Het toestel probeert het straks zelf opnieuw.</source>
            <translation>لا يمكن الوصول إلى الخادم %1، ولم يتصل به هذا الجهاز من قبل. ما العمل: تحقق من اتصال الشبكة. سيحاول الجهاز مرة أخرى بنفسه بعد قليل.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/common/startup_problem.py" line="33" />
            <source>De server aanvaardt dit toestel niet meer: het werd uitgeschakeld. Wat te doen? Vraag de dienst ICT om een nieuwe code. Meld het toestel daarmee opnieuw aan.</source>
            <translation>لم يعد الخادم يقبل هذا الجهاز: لقد تم إيقافه. ما العمل: اطلب من قسم تكنولوجيا المعلومات تسجيله من جديد برمز جديد.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/common/startup_problem.py" line="37" />
            <source>De server %1 stuurde de wachtrij niet op tijd. Wat te doen: even wachten, het toestel probeert het straks zelf opnieuw. Blijft dit duren, verwittig dan de dienst ICT.</source>
            <translation>لم يرسل الخادم %1 قائمة الانتظار في الوقت المحدد. ما العمل: انتظر قليلًا، سيحاول الجهاز مرة أخرى بنفسه. إذا استمر ذلك، أبلغ قسم تكنولوجيا المعلومات.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/common/startup_problem.py" line="41" />
            <source>Dit toestel moet bijgewerkt worden. Het en de server %1 spreken een andere versie. Wat te doen: verwittig de dienst ICT.</source>
            <translation>يجب تحديث هذا الجهاز: هو والخادم %1 يستخدمان إصدارًا مختلفًا. ما العمل: أبلغ قسم تكنولوجيا المعلومات.</translation>
        </message>
    </context>
    <context>
        <name>Terminal</name>
        <message>
            <location filename="../kiosk/ui/common/app_run.py" line="172" />
            <source>Kiosk</source>
            <translation>الجهاز</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/common/app_run.py" line="173" />
            <source>Loket</source>
            <translation>الشباك</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/common/app_run.py" line="174" />
            <source>Wachtzaal</source>
            <translation>قاعة الانتظار</translation>
        </message>
    </context>
    <context>
        <name>TerminalWindow</name>
        <message>
            <location filename="../kiosk/ui/common/boot.py" line="41" />
            <source>Even geduld. Het scherm start op.</source>
            <translation>لحظة من فضلك. الشاشة تبدأ التشغيل.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/common/boot.py" line="77" />
            <source>Dit scherm werkt nu niet. Vraag hulp aan een medewerker.</source>
            <translation>هذه الشاشة لا تعمل الآن. اطلب المساعدة من أحد الموظفين.</translation>
        </message>
    </context>
    <context>
        <name>TicketScreen</name>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/ticket_parts.py" line="120" />
            <source>Je nummer</source>
            <translation>رقمك</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/ticket_parts.py" line="169" />
            <location filename="../kiosk/ui/kiosk_screen/ticket_screen.py" line="333" />
            <source>Breng dit mee</source>
            <translation>أحضر معك</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/ticket_parts.py" line="211" />
            <source>QR-code van je ticket</source>
            <translation>رمز QR لتذكرتك</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/ticket_parts.py" line="217" />
            <source>Volg je beurt op je gsm</source>
            <translation>تابع دورك على هاتفك</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/ticket_parts.py" line="219" />
            <source>Scan de code. Dan zie je wanneer het je beurt is.</source>
            <translation>امسح الرمز. ثم ترى متى يأتي دورك.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/ticket_parts.py" line="223" />
            <source>Ik heb meer tijd nodig</source>
            <translation>أحتاج وقتًا أطول</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/ticket_screen.py" line="159" />
            <source>Je nummer is {number}</source>
            <translation>رقمك {number}</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/ticket_screen.py" line="183" />
            <source>We drukken je ticket af.</source>
            <translation>نطبع تذكرتك.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/ticket_screen.py" line="184" />
            <source>Even geduld.</source>
            <translation>لحظة من فضلك.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/ticket_screen.py" line="192" />
            <source>Neem je ticket.</source>
            <translation>خذ تذكرتك.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/ticket_screen.py" line="193" />
            <source>Kijk naar het scherm in de wachtzaal.</source>
            <translation>انظر إلى الشاشة في قاعة الانتظار.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/ticket_screen.py" line="202" />
            <source>Onthoud je nummer of maak een foto van dit scherm.</source>
            <translation>تذكّر رقمك أو التقط صورة لهذه الشاشة.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/ticket_screen.py" line="211" />
            <source>Je ticket staat op dit scherm.</source>
            <translation>تذكرتك على هذه الشاشة.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/ticket_screen.py" line="212" />
            <source>Onthoud je nummer of maak een foto. Scan de code om je beurt te volgen.</source>
            <translation>تذكّر رقمك أو التقط صورة. امسح الرمز لتتابع دورك.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/ticket_screen.py" line="236" />
            <source>Een medewerker weet het al.</source>
            <translation>أحد الموظفين يعرف ذلك بالفعل.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/ticket_screen.py" line="238" />
            <source>Zeg het aan een medewerker aan de balie.</source>
            <translation>أخبر أحد الموظفين عند مكتب الاستقبال.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/ticket_screen.py" line="314" />
            <source>Dit scherm sluit bijna.</source>
            <translation>ستُغلق هذه الشاشة قريبًا.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/ticket_screen.py" line="322" />
            <source>Je nummer is {number}.</source>
            <translation>رقمك {number}.</translation>
        </message>
    </context>
</TS>
