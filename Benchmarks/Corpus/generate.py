#!/usr/bin/env python3
"""Regenerate the synthetic benchmark corpora for LinguaFranca.

Writes (next to this script):
    small-request.json    ~300 B   OpenAI chat/completions request
    large-request.json    ~200 KB  long chat/completions request with tools
    typical-response.json ~2 KB    OpenAI chat.completion response
    stream-chunk.json     ~300 B   one chat.completion.chunk
    stream-500.sse        SSE stream: role chunk, 500 content chunks,
                          finish chunk, usage chunk, [DONE]

typical-request.json is a verbatim copy of the shared reference request and is
never touched by this script.

The output is deterministic: every file uses its own random.Random with a fixed
seed, dicts keep insertion order, and nothing depends on time or environment.
Running the script twice produces byte-identical files.

JSON is written compactly (no whitespace, no trailing newline) with
ensure_ascii=False, so non-ASCII text is raw UTF-8. The large request
additionally contains a few \\uXXXX escapes (see ESCAPED below), as some
clients send.
"""

import json
import os
import random
import string

HERE = os.path.dirname(os.path.abspath(__file__))

CREATED = 1732380000  # 2024-11-23T16:40:00Z
RESPONSE_MODEL = "gpt-4o-mini-2024-07-18"
FINGERPRINT = "fp_0705bf87c0"

# Private-use placeholders that are replaced by literal \uXXXX escapes after
# serialisation (json.dumps with ensure_ascii=False never emits \u escapes for
# printable characters). Decoded, they yield the character on the right.
ESCAPED = {
    "\ue001": ("\\u00e9", "\u00e9"),          # é
    "\ue002": ("\\u2014", "\u2014"),          # em dash
    "\ue003": ("\\ud83d\\ude80", "\U0001F680"),  # rocket emoji as surrogate pair
}


def dumps(obj):
    text = json.dumps(obj, ensure_ascii=False, separators=(",", ":"))
    for placeholder, (escape, _) in ESCAPED.items():
        text = text.replace(placeholder, escape)
    return text


def write(name, data):
    path = os.path.join(HERE, name)
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(data)
    return path


def rand_id(rng, n, alphabet=string.ascii_letters + string.digits):
    return "".join(rng.choice(alphabet) for _ in range(n))


# ---------------------------------------------------------------------------
# 2. small-request.json
# ---------------------------------------------------------------------------

def small_request():
    req = {
        "model": "gpt-4o-mini",
        "messages": [
            {"role": "system", "content": "You are a concise assistant. Отвечай кратко."},
            {"role": "user", "content": "Привет! Explain in two sentences, чем отличается TCP от UDP и когда что лучше использовать?"},
        ],
        "temperature": 0.7,
        "max_tokens": 256,
    }
    return dumps(req)


# ---------------------------------------------------------------------------
# 3. large-request.json
# ---------------------------------------------------------------------------

SYSTEM_PROMPT = (
    "You are «Навигатор», a senior travel-and-operations assistant for a small company "
    "with offices in Moscow, Berlin and Shanghai.\n\n"
    "Rules:\n"
    "1. Answer in the language of the user's last message (Russian, English or Chinese).\n"
    "2. Use the provided tools whenever live data is needed; never invent prices, times or order numbers.\n"
    "3. When a tool returns an error, explain it plainly and propose the next step.\n"
    "4. Format tables as Markdown; put file paths like C:\\Users\\ops\\reports in code spans.\n"
    "5. Be polite but brief \ue002 no filler like \"Great question!\".\n\n"
    "Формат ответа: сначала краткий вывод, затем детали списком. Даты пиши в формате ГГГГ-ММ-ДД, "
    "суммы \ue002 с кодом валюты (например, 12 500 RUB).\n"
    "回答中文问题时请使用简体中文，并保持专业、简洁。"
)

RU_SENTENCES = [
    "Мне нужно спланировать командировку в Берлин на следующей неделе.",
    "Подскажи, пожалуйста, какие рейсы есть из Шереметьево во вторник утром?",
    "Бюджет на гостиницу \ue002 не больше 150 евро за ночь.",
    "Коллега просил забронировать номер рядом с Александерплац.",
    "Сравни, пожалуйста, цены на поезд и самолёт.",
    "Отправь письмо Марине с итоговым расписанием.",
    "В отчёте за квартал выручка выросла на 12,4 %, а расходы \ue002 на 3,1 %.",
    "Проверь, пожалуйста, статус заказа, он должен был прийти ещё вчера.",
    "Напомни мне за час до встречи с поставщиком.",
    "Сохрани таблицу в папку C:\\Users\\ops\\reports\\2024-Q4.",
    "Клиент написал: \"Мы готовы подписать договор, если сроки сдвинутся на неделю\".",
    "Какая погода будет в Шанхае в пятницу? Брать ли зонт?",
    "Переведи это сообщение на китайский, только аккуратно, без канцелярита.",
    "Посчитай, сколько это будет в рублях по сегодняшнему курсу.",
    "Найди, пожалуйста, недорогое кафе рядом с офисом, где можно провести встречу на шесть человек.",
    "Я не уверен, что правильно понял условия возврата билета.",
    "Создай задачу в Jira для команды логистики с высоким приоритетом.",
    "Запусти скрипт выгрузки и покажи последние строки лога.",
    "Спасибо, это именно то, что нужно! 🙌",
    "Хм, а если вылететь в среду вечером, будет дешевле?",
    "Добавь в календарь звонок с Берлином на 15:30 по Москве.",
    "Найди в базе всех клиентов из Казани, у которых были заказы в октябре.",
    "Мне кажется, в прошлый раз ты перепутал часовые пояса 😅",
    "Напиши короткое резюме переписки для руководителя.",
]

EN_SENTENCES = [
    "Can you check the flight options from Berlin to Shanghai on the 14th?",
    "Our CFO wants a summary by end of day, so please keep it short.",
    "Please book a table for four at a quiet place near the office.",
    "The vendor replied: \"We can ship by Friday if the PO is signed today.\"",
    "What's the current EUR/CNY rate, and how much is 2,400 EUR in yuan?",
    "Let's move the sync with the Shanghai team to Thursday morning.",
    "I need the TSV export with columns id\tname\tcity\tamount for the audit.",
    "The path on the shared drive is \\\\fileserver\\finance\\Q4\\summary.xlsx.",
    "Could you draft a polite reminder to the client about the overdue invoice?",
    "Also, Anna from the Paris office prefers the Caf\ue001 de Flore for meetings.",
    "Please double-check the time zones; last time the invite was off by an hour.",
    "Find me a hotel under 180 EUR per night with breakfast included.",
    "Great, thanks! That saves me a lot of time 🙏",
    "Is there a direct train, or do I have to change in Frankfurt?",
    "Create a reminder to renew the visa three weeks before it expires.",
    "Summarise the last five emails from the logistics team.",
    "Run the nightly report script and tell me if anything failed.",
    "Translate the product description into Chinese and Russian.",
    "Hmm, the total looks off \ue002 did you include VAT?",
    "Send the itinerary to the whole team once it's confirmed \ue003",
]

ZH_SENTENCES = [
    "请帮我查一下周五上海的天气。",
    "下周我们需要在北京安排一次客户会议。",
    "这份合同的交货日期可以推迟一周吗？",
    "请把行程发给团队的所有成员。",
    "谢谢！这个方案很好 👍",
    "请用中文总结一下这次会议的要点。",
    "我们的预算是每晚不超过八百元人民币。",
    "从浦东机场到酒店大概需要多长时间？",
    "请帮我把这封邮件翻译成俄语。",
    "供应商说：\"周五之前可以发货。\"",
]

RU_ANSWERS = [
    "Готово! Вот что получилось:",
    "Коротко: лучший вариант \ue002 утренний рейс, он на 40 минут быстрее.",
    "Я проверил данные, и вот итог.",
    "Обратите внимание: цена указана без учёта багажа.",
    "Если нужно, могу сразу забронировать этот вариант.",
    "Письмо отправлено, копия сохранена в папке «Исходящие».",
    "Встреча добавлена в календарь, приглашения разосланы участникам ✅",
    "К сожалению, на эти даты свободных номеров в этом отеле нет.",
    "По текущему курсу это примерно 247 300 RUB.",
    "Есть два варианта, у каждого свои плюсы и минусы.",
    "Судя по логу, скрипт завершился с ошибкой на шаге выгрузки.",
    "Рекомендую взять зонт: в пятницу ожидается дождь ☔",
]

EN_ANSWERS = [
    "Done! Here's a quick summary:",
    "Short answer: the train is cheaper, but the flight saves about three hours.",
    "I checked the latest data; here is what I found.",
    "Note that the fare does not include checked luggage.",
    "Want me to go ahead and book it?",
    "The email has been sent and a copy is in your Sent folder.",
    "The invite is on everyone's calendar now ✅",
    "Unfortunately, that hotel is fully booked for those dates.",
    "At today's rate that's roughly 18,560 CNY.",
    "There are two reasonable options; both are listed below.",
]

ZH_ANSWERS = [
    "好的，已经为您安排好了。",
    "简单来说，早上的航班最合适。",
    "我查了一下最新的数据，结果如下。",
    "周五上海有小雨，气温十八到二十二度，建议带伞 ☔",
    "邮件已经发送，副本保存在“已发送”文件夹中。",
]

DETAILS = {
    "ru": [
        "Я сравнил три варианта по цене, времени в пути и условиям возврата; утренний рейс выигрывает по всем параметрам, кроме багажа.",
        "Учтите, что в Германии в декабре возможны забастовки на железной дороге, поэтому поезд \ue002 менее надёжный вариант.",
        "Отель подтвердил бронь, но попросил указать время заезда; я написал «около 11:00», это можно изменить в личном кабинете.",
        "Курс взят по данным ЦБ на сегодня; у банка при оплате картой он может отличаться на 1\u20132 %.",
        "Если встреча с поставщиком сдвинется, приглашение в календаре обновится автоматически, и участники получат уведомление.",
        "По данным перевозчика, посылка прошла таможню во Франкфурте и будет доставлена в течение двух рабочих дней.",
        "В выгрузке 18 234 строки; последние три попытки загрузки завершились ошибкой «connection reset by peer».",
        "Я не нашёл в базе клиентов из Казани с заказами в октябре, кроме трёх перечисленных ниже.",
        "Письмо написано в нейтрально-деловом тоне, без лишних подробностей о внутренних сроках.",
        "Для визы потребуется подтверждение брони отеля и страховка на весь период поездки.",
    ],
    "en": [
        "I compared the options by price, travel time and refund conditions; the morning flight wins on everything except checked luggage.",
        "Keep in mind that rail strikes are possible in Germany in December, so the train is the less reliable choice.",
        "The hotel confirmed the booking but asked for an arrival time; I put \"around 11:00\", which you can change online.",
        "The rate is today's central bank rate; your card issuer may apply a spread of 1\u20132 %.",
        "If the supplier meeting moves, the calendar invite will update automatically and attendees will be notified.",
        "According to the carrier, the parcel cleared customs in Frankfurt and should arrive within two business days.",
        "The export has 18,234 rows; the last three upload attempts failed with \"connection reset by peer\".",
        "The email is written in a neutral business tone and does not mention our internal deadlines.",
    ],
    "zh": [
        "我从价格、飞行时间和退改规则三个方面比较了这些选项，早班机除托运行李外各方面都更好。",
        "请注意，十二月德国铁路可能会有罢工，所以火车不是最可靠的选择。",
        "酒店已经确认预订，但需要您提供大概的入住时间，我先填写了上午十一点左右。",
        "汇率采用今天的央行汇率，银行卡实际结算时可能会有百分之一到二的差异。",
        "如果与供应商的会议时间有变动，日历邀请会自动更新并通知所有参会者。",
        "根据承运商的信息，包裹已在法兰克福清关，预计两个工作日内送达。",
    ],
}

BULLETS = {
    "ru": [
        "вылет в 07:45, прилёт в 09:20 по местному времени",
        "стоимость \ue002 18 900 RUB, включая ручную кладь",
        "отель в 600 м от офиса, завтрак включён",
        "бесплатная отмена до 48 часов до заезда",
        "пересадка во Франкфурте, 1 ч 10 мин",
        "ответственный \ue002 Марина Соколова",
        "срок \ue002 до пятницы, 18:00",
    ],
    "en": [
        "departs 07:45, arrives 09:20 local time",
        "price: 214 EUR incl. carry-on",
        "hotel is a 7-minute walk from the office",
        "free cancellation up to 48 hours before check-in",
        "one stop in Frankfurt, 1 h 10 min layover",
        "owner: Anna M\ue001nard (Paris office)",
        "due Friday, 18:00 CET",
    ],
    "zh": [
        "早上七点四十五分起飞",
        "价格为一千六百八十元人民币",
        "酒店距离办公室步行十分钟",
        "入住前四十八小时可免费取消",
        "负责人：王丽",
    ],
}

CODE_SNIPPETS = [
    "```bash\n./export.sh --from 2024-10-01 --to 2024-10-31 \\\n\t--format tsv > october.tsv\n```",
    "```json\n{\n\t\"city\": \"Berlin\",\n\t\"nights\": 3\n}\n```",
    "```python\nfor row in rows:\n\tprint(f\"{row['id']}\\t{row['amount']}\")\n```",
    "```\nERROR 2024-11-21T03:12:09Z export: connection reset by peer\n\tat step 4/7 (upload)\n```",
]

EMOJI = ["🙂", "👍", "✈️", "🏨", "📅", "💶", "🚆", "☕", "✅", "📎", "🤔", "🎉"]

TOOLS = [
    {
        "type": "function",
        "function": {
            "name": "get_weather",
            "description": "Get the current weather and an optional multi-day forecast for a location.",
            "parameters": {
                "type": "object",
                "properties": {
                    "location": {
                        "type": "object",
                        "description": "Where to get the weather for. Provide either a city or coordinates.",
                        "properties": {
                            "city": {"type": "string", "description": "City name, e.g. \"Москва\" or \"Berlin\"."},
                            "country_code": {"type": "string", "description": "ISO 3166-1 alpha-2 country code.", "pattern": "^[A-Z]{2}$"},
                            "lat": {"type": "number", "minimum": -90, "maximum": 90},
                            "lon": {"type": "number", "minimum": -180, "maximum": 180},
                        },
                    },
                    "units": {"type": "string", "enum": ["metric", "imperial"], "default": "metric"},
                    "forecast_days": {"type": "integer", "minimum": 0, "maximum": 14, "description": "0 means current conditions only."},
                    "include": {
                        "type": "array",
                        "items": {"type": "string", "enum": ["precipitation", "wind", "uv_index", "air_quality", "alerts"]},
                        "uniqueItems": True,
                    },
                },
                "required": ["location"],
                "additionalProperties": False,
            },
        },
    },
    {
        "type": "function",
        "function": {
            "name": "search_flights",
            "description": "Search for flights between two airports. Returns up to `max_results` itineraries sorted by the chosen criterion.",
            "parameters": {
                "type": "object",
                "properties": {
                    "origin": {"type": "string", "description": "IATA airport or city code, e.g. SVO, BER, PVG."},
                    "destination": {"type": "string", "description": "IATA airport or city code."},
                    "departure_date": {"type": "string", "format": "date"},
                    "return_date": {"type": ["string", "null"], "format": "date", "description": "Omit or null for one-way."},
                    "passengers": {
                        "type": "object",
                        "properties": {
                            "adults": {"type": "integer", "minimum": 1, "maximum": 9},
                            "children": {"type": "integer", "minimum": 0, "maximum": 8},
                            "infants": {"type": "integer", "minimum": 0, "maximum": 4},
                        },
                        "required": ["adults"],
                    },
                    "cabin": {"type": "string", "enum": ["economy", "premium_economy", "business", "first"]},
                    "max_stops": {"type": "integer", "minimum": 0, "maximum": 3},
                    "sort_by": {"type": "string", "enum": ["price", "duration", "departure_time"], "default": "price"},
                    "max_results": {"type": "integer", "minimum": 1, "maximum": 50, "default": 10},
                },
                "required": ["origin", "destination", "departure_date", "passengers"],
            },
        },
    },
    {
        "type": "function",
        "function": {
            "name": "book_hotel",
            "description": "Book a hotel room. Always confirm price and cancellation policy with the user first.",
            "parameters": {
                "type": "object",
                "properties": {
                    "hotel_id": {"type": "string"},
                    "check_in": {"type": "string", "format": "date"},
                    "check_out": {"type": "string", "format": "date"},
                    "rooms": {
                        "type": "array",
                        "minItems": 1,
                        "items": {
                            "type": "object",
                            "properties": {
                                "room_type": {"type": "string", "enum": ["single", "double", "twin", "suite"]},
                                "guests": {
                                    "type": "array",
                                    "items": {
                                        "type": "object",
                                        "properties": {
                                            "first_name": {"type": "string"},
                                            "last_name": {"type": "string"},
                                            "email": {"type": "string", "format": "email"},
                                        },
                                        "required": ["first_name", "last_name"],
                                    },
                                },
                                "breakfast": {"type": "boolean", "default": False},
                            },
                            "required": ["room_type", "guests"],
                        },
                    },
                    "payment": {
                        "type": "object",
                        "properties": {
                            "method": {"type": "string", "enum": ["corporate_card", "invoice", "pay_at_hotel"]},
                            "cost_center": {"type": "string", "description": "Internal cost center code, e.g. \"OPS-114\"."},
                        },
                        "required": ["method"],
                    },
                    "special_requests": {"type": "string", "maxLength": 500},
                },
                "required": ["hotel_id", "check_in", "check_out", "rooms", "payment"],
            },
        },
    },
    {
        "type": "function",
        "function": {
            "name": "search_hotels",
            "description": "Find hotels near a location with price and rating filters.",
            "parameters": {
                "type": "object",
                "properties": {
                    "near": {"type": "string", "description": "Address, landmark or district, e.g. \"Alexanderplatz, Berlin\"."},
                    "radius_km": {"type": "number", "minimum": 0.1, "maximum": 50, "default": 2},
                    "check_in": {"type": "string", "format": "date"},
                    "nights": {"type": "integer", "minimum": 1, "maximum": 60},
                    "price": {
                        "type": "object",
                        "properties": {
                            "max_per_night": {"type": "number"},
                            "currency": {"type": "string", "enum": ["RUB", "EUR", "USD", "CNY"]},
                        },
                        "required": ["max_per_night", "currency"],
                    },
                    "min_rating": {"type": "number", "minimum": 0, "maximum": 5},
                    "amenities": {"type": "array", "items": {"type": "string", "enum": ["wifi", "breakfast", "gym", "parking", "pool", "meeting_room"]}},
                },
                "required": ["near", "check_in", "nights"],
            },
        },
    },
    {
        "type": "function",
        "function": {
            "name": "send_email",
            "description": "Send an email on behalf of the user from their corporate mailbox.",
            "parameters": {
                "type": "object",
                "properties": {
                    "to": {"type": "array", "items": {"type": "string", "format": "email"}, "minItems": 1},
                    "cc": {"type": "array", "items": {"type": "string", "format": "email"}},
                    "subject": {"type": "string", "maxLength": 200},
                    "body": {"type": "string", "description": "Plain text or Markdown body."},
                    "body_format": {"type": "string", "enum": ["text", "markdown", "html"], "default": "text"},
                    "attachments": {
                        "type": "array",
                        "items": {
                            "type": "object",
                            "properties": {
                                "path": {"type": "string", "description": "Path on the shared drive, e.g. C:\\Users\\ops\\reports\\q4.xlsx"},
                                "display_name": {"type": "string"},
                            },
                            "required": ["path"],
                        },
                    },
                    "importance": {"type": "string", "enum": ["low", "normal", "high"]},
                },
                "required": ["to", "subject", "body"],
            },
        },
    },
    {
        "type": "function",
        "function": {
            "name": "list_emails",
            "description": "List recent emails in a folder, newest first.",
            "parameters": {
                "type": "object",
                "properties": {
                    "folder": {"type": "string", "enum": ["inbox", "sent", "archive", "drafts"], "default": "inbox"},
                    "from": {"type": "string", "description": "Filter by sender address or display name."},
                    "since": {"type": "string", "format": "date-time"},
                    "unread_only": {"type": "boolean"},
                    "limit": {"type": "integer", "minimum": 1, "maximum": 100, "default": 20},
                },
            },
        },
    },
    {
        "type": "function",
        "function": {
            "name": "create_calendar_event",
            "description": "Create a calendar event and invite attendees.",
            "parameters": {
                "type": "object",
                "properties": {
                    "title": {"type": "string"},
                    "start": {"type": "string", "format": "date-time", "description": "ISO 8601 with offset, e.g. 2024-11-26T15:30:00+03:00"},
                    "end": {"type": "string", "format": "date-time"},
                    "time_zone": {"type": "string", "description": "IANA zone, e.g. Europe/Moscow, Europe/Berlin, Asia/Shanghai."},
                    "attendees": {
                        "type": "array",
                        "items": {
                            "type": "object",
                            "properties": {
                                "email": {"type": "string", "format": "email"},
                                "optional": {"type": "boolean", "default": False},
                            },
                            "required": ["email"],
                        },
                    },
                    "location": {
                        "type": "object",
                        "properties": {
                            "kind": {"type": "string", "enum": ["room", "address", "video"]},
                            "value": {"type": "string"},
                        },
                        "required": ["kind", "value"],
                    },
                    "reminders_minutes": {"type": "array", "items": {"type": "integer", "minimum": 0}, "maxItems": 5},
                    "recurrence": {"type": ["string", "null"], "description": "RFC 5545 RRULE, e.g. \"FREQ=WEEKLY;BYDAY=TH\"."},
                },
                "required": ["title", "start", "end"],
            },
        },
    },
    {
        "type": "function",
        "function": {
            "name": "set_reminder",
            "description": "Schedule a personal reminder notification.",
            "parameters": {
                "type": "object",
                "properties": {
                    "text": {"type": "string"},
                    "at": {"type": "string", "format": "date-time"},
                    "channel": {"type": "string", "enum": ["push", "email", "sms", "telegram"]},
                    "repeat": {
                        "type": "object",
                        "properties": {
                            "every": {"type": "integer", "minimum": 1},
                            "unit": {"type": "string", "enum": ["day", "week", "month"]},
                            "until": {"type": "string", "format": "date"},
                        },
                        "required": ["every", "unit"],
                    },
                },
                "required": ["text", "at"],
            },
        },
    },
    {
        "type": "function",
        "function": {
            "name": "convert_currency",
            "description": "Convert an amount between currencies using the central bank or market rate.",
            "parameters": {
                "type": "object",
                "properties": {
                    "amount": {"type": "number"},
                    "from": {"type": "string", "enum": ["RUB", "EUR", "USD", "CNY", "GBP", "JPY"]},
                    "to": {"type": "string", "enum": ["RUB", "EUR", "USD", "CNY", "GBP", "JPY"]},
                    "rate_source": {"type": "string", "enum": ["central_bank", "market"], "default": "central_bank"},
                    "date": {"type": "string", "format": "date", "description": "Historical rate date; defaults to today."},
                },
                "required": ["amount", "from", "to"],
                "additionalProperties": False,
            },
        },
    },
    {
        "type": "function",
        "function": {
            "name": "query_database",
            "description": "Run a read-only query against the CRM database. Only SELECT statements are allowed.",
            "parameters": {
                "type": "object",
                "properties": {
                    "sql": {"type": "string", "description": "A single SELECT statement. Use $1, $2 … for parameters."},
                    "params": {"type": "array", "items": {"type": ["string", "number", "boolean", "null"]}},
                    "timeout_ms": {"type": "integer", "minimum": 100, "maximum": 30000, "default": 5000},
                    "output": {"type": "string", "enum": ["rows", "csv", "tsv"], "default": "rows"},
                },
                "required": ["sql"],
            },
        },
    },
    {
        "type": "function",
        "function": {
            "name": "get_order_status",
            "description": "Look up the delivery status of a customer or supplier order.",
            "parameters": {
                "type": "object",
                "properties": {
                    "order_id": {"type": "string", "pattern": "^(SO|PO)-[0-9]{6}$"},
                    "include_history": {"type": "boolean", "default": False},
                },
                "required": ["order_id"],
                "additionalProperties": False,
            },
        },
    },
    {
        "type": "function",
        "function": {
            "name": "create_jira_issue",
            "description": "Create an issue in Jira.",
            "parameters": {
                "type": "object",
                "properties": {
                    "project": {"type": "string", "enum": ["OPS", "LOG", "FIN", "IT"]},
                    "type": {"type": "string", "enum": ["task", "bug", "story", "incident"]},
                    "summary": {"type": "string", "maxLength": 255},
                    "description": {"type": "string"},
                    "priority": {"type": "string", "enum": ["lowest", "low", "medium", "high", "highest"]},
                    "assignee": {"type": ["string", "null"]},
                    "labels": {"type": "array", "items": {"type": "string"}},
                    "due_date": {"type": "string", "format": "date"},
                    "custom_fields": {
                        "type": "object",
                        "properties": {
                            "cost_center": {"type": "string"},
                            "customer_impact": {"type": "string", "enum": ["none", "minor", "major", "critical"]},
                        },
                        "additionalProperties": {"type": "string"},
                    },
                },
                "required": ["project", "type", "summary"],
            },
        },
    },
    {
        "type": "function",
        "function": {
            "name": "run_shell_command",
            "description": "Run a whitelisted shell command on the reporting server and return stdout/stderr.",
            "parameters": {
                "type": "object",
                "properties": {
                    "command": {"type": "string", "enum": ["export.sh", "nightly_report.sh", "tail_log", "disk_usage", "restart_worker"]},
                    "args": {"type": "array", "items": {"type": "string"}},
                    "env": {"type": "object", "additionalProperties": {"type": "string"}},
                    "timeout_s": {"type": "integer", "minimum": 1, "maximum": 600, "default": 60},
                },
                "required": ["command"],
            },
        },
    },
    {
        "type": "function",
        "function": {
            "name": "read_file",
            "description": "Read a text file from the shared drive.",
            "parameters": {
                "type": "object",
                "properties": {
                    "path": {"type": "string", "description": "Absolute path, e.g. \\\\fileserver\\finance\\Q4\\notes.txt or /srv/share/notes.md"},
                    "encoding": {"type": "string", "enum": ["utf-8", "cp1251", "gb18030"], "default": "utf-8"},
                    "range": {
                        "type": "object",
                        "properties": {"start_line": {"type": "integer", "minimum": 1}, "end_line": {"type": "integer", "minimum": 1}},
                    },
                },
                "required": ["path"],
            },
        },
    },
    {
        "type": "function",
        "function": {
            "name": "translate_text",
            "description": "Translate text between languages, preserving Markdown formatting.",
            "parameters": {
                "type": "object",
                "properties": {
                    "text": {"type": "string"},
                    "source_lang": {"type": "string", "enum": ["auto", "ru", "en", "zh", "de", "fr"], "default": "auto"},
                    "target_lang": {"type": "string", "enum": ["ru", "en", "zh", "de", "fr"]},
                    "formality": {"type": "string", "enum": ["default", "formal", "informal"]},
                    "glossary": {
                        "type": "array",
                        "items": {
                            "type": "object",
                            "properties": {"source": {"type": "string"}, "target": {"type": "string"}},
                            "required": ["source", "target"],
                        },
                    },
                },
                "required": ["text", "target_lang"],
            },
        },
    },
    {
        "type": "function",
        "function": {
            "name": "search_restaurants",
            "description": "Find restaurants or cafés near a location.",
            "parameters": {
                "type": "object",
                "properties": {
                    "near": {"type": "string"},
                    "party_size": {"type": "integer", "minimum": 1, "maximum": 30},
                    "time": {"type": "string", "format": "date-time"},
                    "cuisine": {"type": "array", "items": {"type": "string", "enum": ["russian", "german", "chinese", "italian", "georgian", "vegetarian", "any"]}},
                    "price_level": {"type": "integer", "enum": [1, 2, 3, 4]},
                    "needs": {
                        "type": "object",
                        "properties": {
                            "quiet": {"type": "boolean"},
                            "private_room": {"type": "boolean"},
                            "wheelchair_accessible": {"type": "boolean"},
                        },
                    },
                },
                "required": ["near", "party_size"],
            },
        },
    },
    {
        "type": "function",
        "function": {
            "name": "get_train_schedule",
            "description": "Get train connections between two stations.",
            "parameters": {
                "type": "object",
                "properties": {
                    "from_station": {"type": "string"},
                    "to_station": {"type": "string"},
                    "date": {"type": "string", "format": "date"},
                    "earliest_departure": {"type": "string", "pattern": "^[0-2][0-9]:[0-5][0-9]$"},
                    "class": {"type": "string", "enum": ["1", "2"]},
                    "direct_only": {"type": "boolean", "default": False},
                },
                "required": ["from_station", "to_station", "date"],
            },
        },
    },
    {
        "type": "function",
        "function": {
            "name": "geocode_address",
            "description": "Resolve an address to coordinates and a normalised address.",
            "parameters": {
                "type": "object",
                "properties": {
                    "address": {"type": "string"},
                    "language": {"type": "string", "enum": ["ru", "en", "zh", "de"]},
                    "bias": {
                        "type": "object",
                        "properties": {
                            "country_codes": {"type": "array", "items": {"type": "string"}},
                            "viewbox": {"type": "array", "items": {"type": "number"}, "minItems": 4, "maxItems": 4},
                        },
                    },
                },
                "required": ["address"],
            },
        },
    },
    {
        "type": "function",
        "function": {
            "name": "get_expense_report",
            "description": "Fetch expenses for an employee or cost center over a period.",
            "parameters": {
                "type": "object",
                "properties": {
                    "employee_id": {"type": "string"},
                    "cost_center": {"type": "string"},
                    "period": {
                        "type": "object",
                        "properties": {"from": {"type": "string", "format": "date"}, "to": {"type": "string", "format": "date"}},
                        "required": ["from", "to"],
                    },
                    "categories": {"type": "array", "items": {"type": "string", "enum": ["travel", "hotel", "meals", "taxi", "other"]}},
                    "group_by": {"type": "string", "enum": ["category", "day", "employee"], "default": "category"},
                    "currency": {"type": "string", "enum": ["RUB", "EUR", "USD", "CNY"]},
                },
                "required": ["period"],
            },
        },
    },
    {
        "type": "function",
        "function": {
            "name": "web_search",
            "description": "Search the public web and return the top results with snippets.",
            "parameters": {
                "type": "object",
                "properties": {
                    "query": {"type": "string"},
                    "num_results": {"type": "integer", "minimum": 1, "maximum": 20, "default": 5},
                    "freshness": {"type": "string", "enum": ["day", "week", "month", "any"], "default": "any"},
                    "site": {"type": "string", "description": "Restrict to a domain, e.g. \"bahn.de\"."},
                    "safe_search": {"type": "boolean", "default": True},
                },
                "required": ["query"],
                "additionalProperties": False,
            },
        },
    },
]

assert len(TOOLS) == 20
assert len({t["function"]["name"] for t in TOOLS}) == 20


def tool_call_args(rng, name):
    """Plausible (args, result) pair for a tool call."""
    day = rng.randint(1, 28)
    date = "2024-12-%02d" % day
    if name == "get_weather":
        city = rng.choice(["Москва", "Berlin", "上海", "Казань", "Frankfurt"])
        args = {"location": {"city": city}, "units": "metric", "forecast_days": rng.randint(1, 5), "include": ["precipitation", "wind"]}
        result = {"city": city, "now": {"temp_c": rng.randint(-12, 14), "condition": rng.choice(["облачно", "light rain", "小雨", "ясно"]), "wind_ms": rng.randint(1, 9)},
                  "forecast": [{"date": "2024-12-%02d" % (day + i), "min": rng.randint(-10, 2), "max": rng.randint(3, 12)} for i in range(3)]}
    elif name == "search_flights":
        args = {"origin": rng.choice(["SVO", "BER", "PVG"]), "destination": rng.choice(["BER", "PVG", "KZN"]), "departure_date": date,
                "passengers": {"adults": rng.randint(1, 3)}, "cabin": "economy", "max_stops": 1, "sort_by": "price"}
        result = {"itineraries": [{"id": "IT-%05d" % rng.randint(0, 99999), "carrier": rng.choice(["Lufthansa", "China Eastern", "Air China"]),
                                   "depart": "%sT%02d:%02d" % (date, rng.randint(5, 22), rng.choice([0, 15, 30, 45])), "stops": rng.randint(0, 1),
                                   "price": {"amount": rng.randint(180, 900), "currency": "EUR"}} for _ in range(2)]}
    elif name == "search_hotels":
        args = {"near": rng.choice(["Alexanderplatz, Berlin", "Тверская улица, Москва", "外滩, 上海"]), "check_in": date, "nights": rng.randint(1, 4),
                "price": {"max_per_night": 150, "currency": "EUR"}, "amenities": ["wifi", "breakfast"]}
        result = {"hotels": [{"id": "H%04d" % rng.randint(0, 9999), "name": rng.choice(["Hotel Am Alex", "Гостиница «Тверская»", "外滩酒店", "Caf\ue001 & Rooms"]),
                              "rating": rng.choice([4.1, 4.3, 4.6]), "price_per_night": rng.randint(90, 150), "distance_km": rng.choice([0.3, 0.6, 1.2])} for _ in range(2)]}
    elif name == "send_email":
        args = {"to": ["marina.sokolova@example.com"], "subject": "Итоговое расписание командировки",
                "body": "Марина, добрый день!\n\nВысылаю финальный план:\n- вылет %s, 07:45\n- отель «Am Alex», 3 ночи\n\nС уважением,\nНавигатор" % date}
        result = {"status": "sent", "message_id": "<%s@mail.example.com>" % rand_id(rng, 16)}
    elif name == "create_calendar_event":
        args = {"title": rng.choice(["Созвон с Берлином", "Sync with Shanghai team", "Встреча с поставщиком"]), "start": "%sT15:30:00+03:00" % date,
                "end": "%sT16:00:00+03:00" % date, "time_zone": "Europe/Moscow",
                "attendees": [{"email": "anna.menard@example.com"}, {"email": "li.wang@example.cn", "optional": True}],
                "location": {"kind": "video", "value": "https://meet.example.com/ops-sync"}, "reminders_minutes": [60, 10]}
        result = {"event_id": "evt_%s" % rand_id(rng, 12), "status": "confirmed", "invites_sent": 2}
    elif name == "convert_currency":
        amt = rng.choice([2400, 18900, 150, 1680])
        args = {"amount": amt, "from": rng.choice(["EUR", "RUB", "CNY"]), "to": rng.choice(["RUB", "CNY", "EUR"])}
        result = {"amount": amt, "rate": rng.choice([103.0412, 7.7321, 0.0097]), "result": round(amt * 7.7321, 2), "as_of": "2024-11-22"}
    elif name == "query_database":
        args = {"sql": "SELECT id, name, city, total FROM customers c JOIN orders o ON o.customer_id = c.id WHERE c.city = $1 AND o.created_at >= $2",
                "params": ["Казань", "2024-10-01"], "output": "tsv"}
        result = {"row_count": 3, "data": "id\tname\tcity\ttotal\n1042\tООО \"Волга-Трейд\"\tКазань\t184500\n1057\tИП Галиев\tКазань\t23900\n1101\tTatNeft Supply\tКазань\t512000"}
    elif name == "get_order_status":
        oid = "SO-%06d" % rng.randint(0, 999999)
        args = {"order_id": oid, "include_history": True}
        result = {"order_id": oid, "status": rng.choice(["in_transit", "delayed", "delivered"]), "carrier": "DHL",
                  "history": [{"at": "2024-11-20T09:14:00Z", "event": "Отправлено со склада"}, {"at": "2024-11-21T18:02:00Z", "event": "Customs clearance \ue002 Frankfurt"}]}
    elif name == "create_jira_issue":
        args = {"project": "LOG", "type": "task", "summary": "Согласовать сроки поставки с \"Волга-Трейд\"", "priority": "high",
                "labels": ["supplier", "q4"], "due_date": date, "custom_fields": {"cost_center": "OPS-114", "customer_impact": "minor"}}
        result = {"key": "LOG-%d" % rng.randint(100, 999), "url": "https://jira.example.com/browse/LOG-%d" % rng.randint(100, 999)}
    elif name == "run_shell_command":
        args = {"command": "tail_log", "args": ["--lines", "5", "/var/log/export/nightly.log"]}
        result = {"exit_code": 1, "stdout": "2024-11-21T03:10:01Z start export\n2024-11-21T03:11:47Z rows=18234\n2024-11-21T03:12:09Z ERROR upload: connection reset by peer\n\tretry 1/3\n\tretry 2/3",
                  "stderr": "C:\\jobs\\export\\upload.ps1 : exit 1"}
    elif name == "translate_text":
        args = {"text": "Мы готовы подписать договор, если сроки сдвинутся на неделю.", "source_lang": "ru", "target_lang": rng.choice(["zh", "en"]), "formality": "formal"}
        result = {"translation": rng.choice(["如果期限推迟一周，我们愿意签署合同。", "We are ready to sign the contract if the deadline moves by one week."])}
    elif name == "set_reminder":
        args = {"text": "Продлить визу 🛂", "at": "%sT09:00:00+03:00" % date, "channel": "telegram"}
        result = {"reminder_id": "rem_%s" % rand_id(rng, 10), "scheduled": True}
    elif name == "search_restaurants":
        args = {"near": "Unter den Linden 10, Berlin", "party_size": 6, "time": "%sT19:00:00+01:00" % date, "cuisine": ["german", "italian"], "needs": {"quiet": True}}
        result = {"results": [{"name": "Caf\ue001 Einstein", "rating": 4.5, "price_level": 2}, {"name": "Trattoria \"Da Marco\"", "rating": 4.4, "price_level": 3}]}
    else:  # web_search
        args = {"query": rng.choice(["Deutsche Bahn Streik Dezember 2024", "правила возврата билетов Lufthansa", "上海 十二月 天气"]), "num_results": 3, "freshness": "week"}
        result = {"results": [{"title": "Result %d" % i, "url": "https://example.com/%s" % rand_id(rng, 8).lower(), "snippet": rng.choice(EN_SENTENCES + RU_SENTENCES)} for i in range(3)]}
    return args, result


CALLABLE_TOOLS = [
    "get_weather", "search_flights", "search_hotels", "send_email", "create_calendar_event", "convert_currency",
    "query_database", "get_order_status", "create_jira_issue", "run_shell_command", "translate_text", "set_reminder",
    "search_restaurants", "web_search",
]


def lang_pools(lang):
    return {
        "ru": (RU_SENTENCES, RU_ANSWERS),
        "en": (EN_SENTENCES, EN_ANSWERS),
        "zh": (ZH_SENTENCES, ZH_ANSWERS),
    }[lang]


def pick_lang(rng):
    return rng.choices(["ru", "en", "zh"], weights=[50, 35, 15])[0]


def user_text(rng, lang):
    sentences, _ = lang_pools(lang)
    n = rng.randint(2, 6)
    parts = rng.sample(sentences, n)
    if rng.random() < 0.15:  # code-switching, as real users do
        other = rng.choice([l for l in ("ru", "en", "zh") if l != lang])
        parts.append(rng.choice(lang_pools(other)[0]))
    text = " ".join(parts)
    if rng.random() < 0.2:
        text += " " + rng.choice(EMOJI)
    if rng.random() < 0.12:
        text += "\n\n" + rng.choice(CODE_SNIPPETS)
    return text


def assistant_text(rng, lang):
    _, answers = lang_pools(lang)
    lines = [" ".join(rng.sample(answers, rng.randint(1, 3))), ""]
    lines += [" ".join(rng.sample(DETAILS[lang], rng.randint(2, 4))), ""]
    for b in rng.sample(BULLETS[lang], rng.randint(3, 5)):
        lines.append("- " + b)
    if rng.random() < 0.35:
        lines += ["", "| Вариант | Время | Цена |", "|---|---|---|",
                  "| Самолёт | 2 ч 35 мин | 214 EUR |", "| Поезд | 27 ч 10 мин | 149 EUR |"]
    if rng.random() < 0.15:
        lines += ["", rng.choice(CODE_SNIPPETS)]
    tail = rng.choice(answers)
    if rng.random() < 0.3:
        tail += " " + rng.choice(EMOJI)
    lines += ["", tail]
    return "\n".join(lines)


def large_request():
    rng = random.Random(20241123)
    messages = [{"role": "system", "content": SYSTEM_PROMPT}]
    target_messages = 300  # system + 299, then the closing user turn
    while len(messages) < target_messages + 20:
        lang = pick_lang(rng)
        messages.append({"role": "user", "content": user_text(rng, lang)})
        if rng.random() < 0.3:
            # Assistant calls one or two tools in parallel, then tool results follow.
            calls = []
            results = []
            for name in rng.sample(CALLABLE_TOOLS, rng.choice([1, 1, 1, 2])):
                args, result = tool_call_args(rng, name)
                call_id = "call_" + rand_id(rng, 24)
                calls.append({"id": call_id, "type": "function",
                              "function": {"name": name, "arguments": dumps(args)}})
                results.append({"role": "tool", "tool_call_id": call_id, "content": dumps(result)})
            messages.append({"role": "assistant", "content": None, "tool_calls": calls})
            messages.extend(results)
        messages.append({"role": "assistant", "content": assistant_text(rng, lang)})
    # A request ends with the user's turn.
    messages = messages[:target_messages]
    while messages[-1]["role"] != "assistant" or messages[-1]["content"] is None:
        messages.pop()
    messages.append({"role": "user", "content": "Итак, подведи итог: что уже забронировано, что ещё нужно сделать? Please answer in Russian, списком. "
                                                "Путь к отчёту: C:\\Users\\ops\\reports\\итог.md \ue003"})
    req = {
        "model": "gpt-4o",
        "messages": messages,
        "tools": TOOLS,
        "tool_choice": "auto",
        "stream": True,
        "stream_options": {"include_usage": True},
    }
    return dumps(req)


# ---------------------------------------------------------------------------
# 4. typical-response.json
# ---------------------------------------------------------------------------

RESPONSE_CONTENT = (
    "Коротко: лучший вариант для вашей поездки в Берлин \u2014 утренний рейс Lufthansa LH 1447 во вторник ✈️\n\n"
    "**Детали:**\n"
    "- вылет из Шереметьево (SVO) в 07:45, прилёт в Berlin Brandenburg (BER) в 09:20 по местному времени;\n"
    "- стоимость \u2014 214 EUR (≈ 22 050 RUB), ручная кладь включена, багаж \u2014 за доплату;\n"
    "- отель «Hotel Am Alex» в 600 м от офиса, 3 ночи, завтрак включён, бесплатная отмена до 48 часов.\n\n"
    "Если хотите сэкономить, есть поезд через Варшаву (149 EUR), но дорога займёт около 27 часов \u2014 "
    "for a two-day trip that's probably not worth it 🙂\n\n"
    "Забронировать рейс и отель прямо сейчас? Могу также отправить итоговое расписание Марине по e-mail 📧"
)


def typical_response():
    rng = random.Random(4)
    resp = {
        "id": "chatcmpl-" + rand_id(rng, 29),
        "object": "chat.completion",
        "created": CREATED,
        "model": RESPONSE_MODEL,
        "choices": [
            {
                "index": 0,
                "message": {
                    "role": "assistant",
                    "content": RESPONSE_CONTENT,
                    "refusal": None,
                    "annotations": [],
                },
                "logprobs": None,
                "finish_reason": "stop",
            }
        ],
        "usage": {
            "prompt_tokens": 1873,
            "completion_tokens": 246,
            "total_tokens": 2119,
            "prompt_tokens_details": {"cached_tokens": 1536, "audio_tokens": 0},
            "completion_tokens_details": {
                "reasoning_tokens": 0,
                "audio_tokens": 0,
                "accepted_prediction_tokens": 0,
                "rejected_prediction_tokens": 0,
            },
        },
        "service_tier": "default",
        "system_fingerprint": FINGERPRINT,
    }
    return dumps(resp)


# ---------------------------------------------------------------------------
# 5. stream-chunk.json and 6. stream-500.sse
# ---------------------------------------------------------------------------

def chunk(stream_id, delta, finish_reason=None):
    return {
        "id": stream_id,
        "object": "chat.completion.chunk",
        "created": CREATED,
        "model": RESPONSE_MODEL,
        "service_tier": "default",
        "system_fingerprint": FINGERPRINT,
        "choices": [{"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish_reason}],
        "usage": None,
    }


def stream_chunk():
    rng = random.Random(5)
    stream_id = "chatcmpl-" + rand_id(rng, 29)
    return dumps(chunk(stream_id, {"content": " столица Германии"}))


STREAM_RU = (
    "Конечно! Вот краткий план командировки в Берлин на следующей неделе. "
    "Во вторник утром вылет из Шереметьево в 07:45, прилёт в 09:20 по местному времени. "
    "Отель находится в шести минутах ходьбы от офиса, завтрак включён. "
    "В среду в 10:00 встреча с поставщиком, после обеда \u2014 визит на склад. "
    "В четверг созвон с командой из Шанхая, затем свободное время. "
    "Обратный рейс в пятницу вечером, багаж оплачен заранее. "
    "Не забудьте взять зонт: в Берлине ожидается дождь и около плюс пяти градусов. "
    "Если нужно, я могу сразу отправить расписание Марине и добавить встречи в календарь. "
)
STREAM_EN = (
    "Here is the same plan in English for your colleagues. "
    "Tuesday: morning flight to Berlin, check in at the hotel near Alexanderplatz. "
    "Wednesday: supplier meeting at ten, warehouse visit in the afternoon. "
    "Thursday: sync with the Shanghai team, then some free time to explore the city. "
    "Friday: evening flight back to Moscow, luggage already paid. "
    "Budget so far is about 1,150 EUR including hotel, flights and daily allowance. "
    "Let me know if you would like a cheaper option by train or a later return flight. "
)
STREAM_EMOJI = ["✈️", "🏨", "☔", "📅", "🙂", "👍"]


def stream_words(rng):
    """An endless sequence of OpenAI-style tokens: words with a leading space."""
    while True:
        for block in (STREAM_RU, STREAM_EN):
            words = block.split()
            for i, w in enumerate(words):
                yield w if i == 0 else " " + w
                if w.endswith(".") and rng.random() < 0.12:
                    yield " " + rng.choice(STREAM_EMOJI)
            yield "\n\n"


def stream_500():
    rng = random.Random(6)
    stream_id = "chatcmpl-" + rand_id(rng, 29)
    words = stream_words(rng)
    events = [chunk(stream_id, {"role": "assistant", "content": "", "refusal": None})]
    for _ in range(500):
        n = rng.randint(1, 3)
        events.append(chunk(stream_id, {"content": "".join(next(words) for _ in range(n))}))
    events.append(chunk(stream_id, {}, "stop"))
    usage_chunk = chunk(stream_id, {})
    usage_chunk["choices"] = []
    usage_chunk["usage"] = {
        "prompt_tokens": 1873,
        "completion_tokens": 1342,
        "total_tokens": 3215,
        "prompt_tokens_details": {"cached_tokens": 1536, "audio_tokens": 0},
        "completion_tokens_details": {
            "reasoning_tokens": 0,
            "audio_tokens": 0,
            "accepted_prediction_tokens": 0,
            "rejected_prediction_tokens": 0,
        },
    }
    events.append(usage_chunk)
    out = "".join("data: " + dumps(e) + "\n\n" for e in events)
    return out + "data: [DONE]\n\n"


# ---------------------------------------------------------------------------
# 7. anthropic-response.json and 8. anthropic-stream-500.sse: the typical response and the 500-delta stream
#    as Anthropic's Messages API sends them
# ---------------------------------------------------------------------------

ANTHROPIC_MODEL = "claude-sonnet-4-5-20250929"


def anthropic_response():
    rng = random.Random(7)
    resp = {
        "id": "msg_01" + rand_id(rng, 22),
        "type": "message",
        "role": "assistant",
        "model": ANTHROPIC_MODEL,
        "content": [{"type": "text", "text": RESPONSE_CONTENT}],
        "stop_reason": "end_turn",
        "stop_sequence": None,
        "usage": {
            "input_tokens": 337,
            "cache_creation_input_tokens": 0,
            "cache_read_input_tokens": 1536,
            "output_tokens": 246,
            "service_tier": "standard",
        },
    }
    return dumps(resp)


def anthropic_stream_500():
    rng = random.Random(8)
    message_id = "msg_01" + rand_id(rng, 22)
    words = stream_words(rng)
    events = [
        ("message_start", {"type": "message_start", "message": {
            "id": message_id, "type": "message", "role": "assistant", "model": ANTHROPIC_MODEL,
            "content": [], "stop_reason": None, "stop_sequence": None,
            "usage": {"input_tokens": 337, "cache_creation_input_tokens": 0, "cache_read_input_tokens": 1536,
                      "output_tokens": 1, "service_tier": "standard"}}}),
        ("content_block_start", {"type": "content_block_start", "index": 0,
                                 "content_block": {"type": "text", "text": ""}}),
        ("ping", {"type": "ping"}),
    ]
    for _ in range(500):
        n = rng.randint(1, 3)
        events.append(("content_block_delta", {"type": "content_block_delta", "index": 0, "delta": {
            "type": "text_delta", "text": "".join(next(words) for _ in range(n))}}))
    events.append(("content_block_stop", {"type": "content_block_stop", "index": 0}))
    events.append(("message_delta", {"type": "message_delta",
                                     "delta": {"stop_reason": "end_turn", "stop_sequence": None},
                                     "usage": {"output_tokens": 1342}}))
    events.append(("message_stop", {"type": "message_stop"}))
    return "".join("event: " + name + "\ndata: " + dumps(data) + "\n\n" for name, data in events)


# ---------------------------------------------------------------------------
# 9. gemini-response.json and 10. gemini-stream-500.sse: the same answer as Gemini sends it
# ---------------------------------------------------------------------------

GEMINI_MODEL = "gemini-2.5-flash"


def gemini_usage(candidates):
    return {"promptTokenCount": 1873, "candidatesTokenCount": candidates, "totalTokenCount": 1873 + candidates,
            "cachedContentTokenCount": 1536,
            "promptTokensDetails": [{"modality": "TEXT", "tokenCount": 1873}]}


def gemini_response():
    rng = random.Random(9)
    resp = {
        "candidates": [{"content": {"role": "model", "parts": [{"text": RESPONSE_CONTENT}]},
                        "finishReason": "STOP", "index": 0}],
        "usageMetadata": gemini_usage(246),
        "modelVersion": GEMINI_MODEL,
        "responseId": rand_id(rng, 22),
    }
    return dumps(resp)


def gemini_stream_500():
    rng = random.Random(10)
    response_id = rand_id(rng, 22)
    words = stream_words(rng)
    events = []
    for i in range(500):
        n = rng.randint(1, 3)
        candidate = {"content": {"role": "model", "parts": [{"text": "".join(next(words) for _ in range(n))}]},
                     "index": 0}
        if i == 499:
            candidate["finishReason"] = "STOP"
        events.append({"candidates": [candidate], "usageMetadata": gemini_usage(i + 1),
                       "modelVersion": GEMINI_MODEL, "responseId": response_id})
    return "".join("data: " + dumps(e) + "\r\n\r\n" for e in events)


def main():
    outputs = [
        ("gemini-response.json", gemini_response()),
        ("gemini-stream-500.sse", gemini_stream_500()),
        ("anthropic-response.json", anthropic_response()),
        ("anthropic-stream-500.sse", anthropic_stream_500()),
        ("small-request.json", small_request()),
        ("large-request.json", large_request()),
        ("typical-response.json", typical_response()),
        ("stream-chunk.json", stream_chunk()),
        ("stream-500.sse", stream_500()),
    ]
    for name, data in outputs:
        write(name, data)
        print("%-25s %8d bytes" % (name, len(data.encode("utf-8"))))


if __name__ == "__main__":
    main()
