"""The demo services' texts in French, English, German and Arabic (the kiosk's languages).

Plain words, as a twelve-year-old would understand them, in the register of the kiosk's own
translations: "vous" in French, "Sie" in German. "What to bring" follows the kiosk's heading
("Apportez ceci", "Bringen Sie mit": German names the things in the accusative).
Descriptions are short: French and German words are longer than Dutch ones, and every service
button must fit on a standing screen without scrolling (see the screenshots in fr and de).
Kept apart from kiosk/storage/demo.py so each stays short.
"""

from __future__ import annotations

# code -> lang -> (name, description, bring)
DEMO_TEXTS: dict[str, dict[str, tuple[str, str, str]]] = {
    "eid": {
        "fr": (
            "Carte d'identité",
            "Demander ou retirer une carte, aussi pour les enfants.",
            "Votre ancienne carte et une photo d'identité de moins de six mois.",
        ),
        "en": (
            "Identity card",
            "Ask for a new identity card or pick it up, also for children.",
            "Your old identity card and a passport photo less than six months old.",
        ),
        "de": (
            "Personalausweis",
            "Neu beantragen oder abholen, auch für Kinder.",
            "Ihren alten Ausweis und ein Passfoto, nicht älter als sechs Monate.",
        ),
        "ar": (
            "بطاقة الهوية",
            "اطلب بطاقة هوية جديدة أو استلمها، للأطفال أيضًا.",
            "بطاقة هويتك القديمة وصورة شخصية عمرها أقل من ستة أشهر.",
        ),
    },
    "passport": {
        "fr": (
            "Passeport",
            "Demander ou retirer un passeport, pour voyager hors d'Europe.",
            "Votre carte d'identité. Une photo d'identité. Votre ancien passeport si vous en "
            "avez un.",
        ),
        "en": (
            "Passport",
            "Ask for a passport or pick it up, to travel outside Europe.",
            "Your identity card. A passport photo. Your old passport if you have one.",
        ),
        "de": (
            "Reisepass",
            "Beantragen oder abholen, für Reisen außerhalb Europas.",
            "Ihren Ausweis. Ein Passfoto. Ihren alten Reisepass, wenn Sie einen haben.",
        ),
        "ar": (
            "جواز السفر",
            "اطلب جواز سفر أو استلمه، للسفر خارج أوروبا.",
            "بطاقة هويتك. صورة شخصية. جواز سفرك القديم إن كان عندك واحد.",
        ),
    },
    "licence": {
        "fr": (
            "Permis de conduire",
            "Demander, remplacer ou échanger un permis de conduire.",
            "Votre carte d'identité, une photo d'identité et votre ancien permis.",
        ),
        "en": (
            "Driving licence",
            "Ask for a driving licence, replace one or swap one from another country.",
            "Your identity card, a passport photo and your old driving licence.",
        ),
        "de": (
            "Führerschein",
            "Einen Führerschein beantragen, ersetzen oder umtauschen.",
            "Ihren Ausweis, ein Passfoto und Ihren alten Führerschein.",
        ),
        "ar": (
            "رخصة القيادة",
            "اطلب رخصة قيادة، أو بدّل رخصتك القديمة أو رخصة من بلد آخر.",
            "بطاقة هويتك وصورة شخصية ورخصة قيادتك القديمة.",
        ),
    },
    "move": {
        "fr": (
            "Déménagement",
            "Signaler votre nouvelle adresse quand vous déménagez.",
            "Votre carte d'identité et celles de tous ceux qui déménagent avec vous.",
        ),
        "en": (
            "Moving house",
            "Tell us your new address when you move.",
            "Your identity card and the cards of everyone who moves with you.",
        ),
        "de": (
            "Umzug",
            "Ihre neue Adresse melden, wenn Sie umziehen.",
            "Ihren Ausweis und die Ausweise von allen, die mit umziehen.",
        ),
        "ar": (
            "تغيير العنوان",
            "أخبرنا بعنوانك الجديد عندما تنتقل إلى بيت آخر.",
            "بطاقة هويتك وبطاقات كل من ينتقل معك.",
        ),
    },
    "certificate": {
        "fr": (
            "Attestations",
            "Une attestation ou un extrait, comme une preuve de votre adresse.",
            "Votre carte d'identité.",
        ),
        "en": (
            "Certificates",
            "A certificate or an extract, like proof of where you live.",
            "Your identity card.",
        ),
        "de": (
            "Bescheinigungen",
            "Zum Beispiel ein Nachweis Ihrer Adresse.",
            "Ihren Ausweis.",
        ),
        "ar": (
            "الشهادات",
            "شهادة أو مستخرج، مثل ورقة تثبت أين تسكن.",
            "بطاقة هويتك.",
        ),
    },
    "proxy-vote": {
        "fr": (
            "Faire voter quelqu'un pour vous",
            "Vous ne pouvez pas aller voter ? Faites ici une procuration.",
            "Votre carte d'identité. Un papier qui montre pourquoi vous ne pouvez pas y aller.",
        ),
        "en": (
            "Let someone else vote for you",
            "You cannot go and vote yourself? Then make a proxy here.",
            "Your identity card. A paper that shows why you cannot go.",
        ),
        "de": (
            "Jemand anderen wählen lassen",
            "Sie können nicht selbst wählen gehen? Hier geben Sie eine Vollmacht.",
            "Ihren Ausweis. Einen Nachweis, warum Sie nicht gehen können.",
        ),
        "ar": (
            "توكيل شخص آخر ليصوّت عنك",
            "لا تستطيع أن تذهب للتصويت بنفسك؟ اعمل هنا توكيلًا.",
            "بطاقة هويتك. ورقة تبيّن لماذا لا تستطيع الذهاب.",
        ),
    },
    "waste": {
        "fr": (
            "Déchets et recyparc",
            "Les déchets, les collectes ou votre carte du recyparc.",
            "Votre carte d'identité.",
        ),
        "en": (
            "Waste and recycling",
            "Questions about waste, bin collection or your card for the recycling park.",
            "Your identity card.",
        ),
        "de": (
            "Abfall und Recyclinghof",
            "Fragen zu Abfall, Müllabfuhr oder Recyclinghof.",
            "Ihren Ausweis.",
        ),
        "ar": (
            "النفايات وإعادة التدوير",
            "أسئلة عن النفايات، أو جمع القمامة، أو بطاقتك لمركز إعادة التدوير.",
            "بطاقة هويتك.",
        ),
    },
    "question": {
        "fr": (
            "Question ou signalement",
            "Une question, une idée ou une plainte. Ou signaler un problème.",
            "Rien. Vous pouvez apporter des photos ou des lettres.",
        ),
        "en": (
            "Question or report",
            "A question, an idea or a complaint. Or tell us about a problem, like a broken lamp.",
            "Nothing. You may bring photos or letters.",
        ),
        "de": (
            "Frage oder Meldung",
            "Eine Frage, eine Idee oder eine Beschwerde. Oder etwas melden.",
            "Nichts. Sie dürfen Fotos oder Briefe mitbringen.",
        ),
        "ar": (
            "سؤال أو بلاغ",
            "سؤال أو فكرة أو شكوى. أو أخبرنا عن مشكلة، مثل مصباح مكسور.",
            "لا شيء. يمكنك أن تحضر صورًا أو رسائل.",
        ),
    },
    "digital": {
        "fr": (
            "Aide avec votre GSM ou ordinateur",
            "Par exemple un formulaire sur internet ou vos e-mails.",
            "Votre téléphone ou ordinateur. Votre carte d'identité et son code PIN si besoin.",
        ),
        "en": (
            "Help with your phone or computer",
            "For example a form on the internet or your emails.",
            "Your phone or laptop. Your identity card and its PIN code if you need them.",
        ),
        "de": (
            "Hilfe mit Handy oder Computer",
            "Zum Beispiel ein Formular im Internet oder Ihre E-Mails.",
            "Ihr Handy oder Ihren Laptop. Ihren Ausweis und die PIN, wenn Sie sie brauchen.",
        ),
        "ar": (
            "مساعدة في الهاتف أو الحاسوب",
            "مثلًا استمارة على الإنترنت أو بريدك الإلكتروني.",
            "هاتفك أو حاسوبك. بطاقة هويتك ورمزها السري إن احتجت إليهما.",
        ),
    },
}


def demo_text_rows(service_ids: dict[str, str]) -> list[dict[str, str]]:
    """Rows for ``service_texts``: every demo service in every language above."""
    return [
        {
            "service_id": service_ids[code],
            "lang": lang,
            "name": name,
            "description": description,
            "bring": bring,
        }
        for code, by_lang in DEMO_TEXTS.items()
        for lang, (name, description, bring) in by_lang.items()
    ]
