/**
 * A calendar file (RFC 5545) with one all-day event and a reminder: the form most calendar apps
 * import alike. Text values are escaped (backslash, semicolon, comma, line breaks), lines end in
 * CRLF and are folded at 75 octets without ever splitting a UTF-8 character. The UID is given
 * (stable, so importing twice updates the event) and DTSTAMP comes from the clock passed in.
 */

export interface CalendarEvent {
  /** Globally unique and stable for the same event. */
  uid: string;
  /** The day, `YYYY-MM-DD`. */
  day: string;
  summary: string;
  description: string;
  /** The language of the texts, e.g. `de`. */
  language: string;
}

/** Escapes a TEXT value; control characters other than line breaks and tabs are not allowed. */
export function escapeText(text: string): string {
  return (
    text
      .replace(/\r\n?/g, '\n')
      // eslint-disable-next-line no-control-regex -- these control characters are exactly what RFC 5545 forbids in TEXT
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
      .replace(/[\\;,]/g, '\\$&')
      .replace(/\n/g, '\\n')
  );
}

const encoder = new TextEncoder();

/**
 * Folds a content line: at most 75 octets a line, later lines starting with one space. Splits
 * between code points only, so no UTF-8 sequence (and no surrogate pair) is cut in two.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const room = parts.length ? 74 : 75;
    if (octets + size > room) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** `20270315` from `2027-03-15`; the next day for an all-day event's exclusive end. */
function basicDay(day: string, offset = 0): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + offset);
  return date.toISOString().slice(0, 10).replaceAll('-', '');
}

/** `20261122T103000Z`: a UTC date-time without fractions. */
function utcStamp(now: Date): string {
  return now.toISOString().replace(/[-:]/g, '').replace(/\.\d+/, '');
}

export function calendar(event: CalendarEvent, now: Date): string {
  const language = `;LANGUAGE=${event.language}`;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//Connector//Meeting goal worksheet//${event.language.toUpperCase()}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `DTSTAMP:${utcStamp(now)}`,
    `DTSTART;VALUE=DATE:${basicDay(event.day)}`,
    `DTEND;VALUE=DATE:${basicDay(event.day, 1)}`,
    `SUMMARY${language}:${escapeText(event.summary)}`,
    `DESCRIPTION${language}:${escapeText(event.description)}`,
    'TRANSP:TRANSPARENT',
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    // Nine in the morning of the day, in the reader's own time zone (the event is all-day).
    'TRIGGER;RELATED=START:PT9H',
    `DESCRIPTION${language}:${escapeText(event.summary)}`,
    'END:VALARM',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
