import { t } from '../../i18n/index.ts';
import type { Lang, Settings } from '../schema/index.ts';

/** "Report a problem with this plaque": a message to the owner, prefilled so the plaque can be found. */
export interface ReportLink {
	href: string;
	/** The link text: an email prefilled with the plaque, or a phone number to call. */
	label: string;
}

export interface ReportSubject {
	code: string;
	title: string;
	/** Absolute address of the page, so the owner sees which page the visitor read. */
	url: string;
}

/**
 * A `mailto:` link to the owner's email with the subject and body in the page language, or a `tel:`
 * link when there is only a phone number; undefined without any contact. Line breaks are CRLF and
 * every part is percent-encoded, as RFC 6068 asks, so mail apps keep the text as written.
 */
export function reportLink(contact: Settings['contact'], subject: ReportSubject, lang: Lang): ReportLink | undefined {
	if (contact?.email) {
		const mailSubject = t(lang, 'report.subject', { code: subject.code, title: subject.title });
		const body = `${t(lang, 'report.body', { code: subject.code, title: subject.title, url: subject.url })}\n\n`.replace(/\n/g, '\r\n');
		return { href: `mailto:${contact.email}?subject=${encodeURIComponent(mailSubject)}&body=${encodeURIComponent(body)}`, label: t(lang, 'report.link') };
	}
	if (contact?.phone) return { href: `tel:${contact.phone.replace(/[^\d+]/g, '')}`, label: t(lang, 'report.call', { phone: contact.phone }) };
	return undefined;
}
