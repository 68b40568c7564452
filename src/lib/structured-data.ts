/**
 * Structured data (schema.org as JSON-LD) for search engines and other machine readers: what a page is, who issued
 * it and when, in the terms the page itself prints. Nothing is claimed that the content does not say: no author
 * where the documents name none (a practice is printed in an issue its issuer edited), no date a plan does not give,
 * no modification date a cached page could not keep current. Pure; unit-tested.
 */
import { citation, isoDate, issueNumberPlain, seriesName } from './format.ts';
import { chinaDayStart } from './last-changed.ts';
import { absoluteUrl, briefingUrl, planUrl, practiceUrl } from './urls.ts';

type Ld = Record<string, unknown>;
const CONTEXT = 'https://schema.org';
const org = (name: string): Ld => ({ '@type': 'GovernmentOrganization', name });
const place = (name: string): Ld => ({ '@type': 'AdministrativeArea', name });
const day = (date: Date) => chinaDayStart(isoDate(date));

/** The text of a <script type="application/ld+json">: JSON that cannot end the element (`</script>` in a title). */
export function jsonLdText(data: Ld): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

/** The site, with its full-text search (`searchUrl` takes the query as ?q=). */
export function websiteLd(site: { name: string; url: string; description: string; searchUrl: string }): Ld {
  return {
    '@context': CONTEXT,
    '@type': 'WebSite',
    name: site.name,
    url: site.url,
    description: site.description,
    inLanguage: 'zh-CN',
    potentialAction: { '@type': 'SearchAction', target: `${site.searchUrl}?q={search_term_string}`, 'query-input': 'required name=search_term_string' },
  };
}

/** A practice: an article printed in a briefing issue, about a place, published by the issue's issuer on its date. */
export function practiceLd(p: { title: string; description?: string | undefined; url: string; date: Date; region: string; keywords: readonly string[]; issue: { name: string; url: string; issuer: string } }): Ld {
  return {
    '@context': CONTEXT,
    '@type': 'Article',
    headline: p.title,
    ...(p.description ? { description: p.description } : {}),
    url: p.url,
    mainEntityOfPage: p.url,
    inLanguage: 'zh-CN',
    datePublished: day(p.date),
    publisher: org(p.issue.issuer),
    spatialCoverage: place(p.region),
    ...(p.keywords.length ? { keywords: p.keywords.join(',') } : {}),
    isPartOf: { '@type': 'PublicationIssue', name: p.issue.name, url: p.issue.url },
  };
}

/** A plan: a government document, with its issuing bodies, document number and date where it gives them. */
export function planLd(p: { title: string; description: string; url: string; date?: Date | undefined; issuers: readonly string[]; docNumber?: string | undefined; region: string; status: string }): Ld {
  return {
    '@context': CONTEXT,
    '@type': 'Report',
    name: p.title,
    headline: p.title,
    description: p.description,
    url: p.url,
    mainEntityOfPage: p.url,
    inLanguage: 'zh-CN',
    ...(p.date ? { datePublished: day(p.date) } : {}),
    ...(p.issuers.length ? { publisher: p.issuers.map(org) } : {}),
    ...(p.docNumber ? { identifier: p.docNumber } : {}),
    creativeWorkStatus: p.status,
    spatialCoverage: place(p.region),
  };
}

/** A briefing issue of its series (a periodical), with the practices it prints, in order. */
export function briefingLd(b: { name: string; url: string; date: Date; issuer: string; series: string; issueNumber?: string | undefined; practices: readonly { title: string; url: string }[] }): Ld {
  return {
    '@context': CONTEXT,
    '@type': 'PublicationIssue',
    name: b.name,
    url: b.url,
    mainEntityOfPage: b.url,
    inLanguage: 'zh-CN',
    ...(b.issueNumber ? { issueNumber: b.issueNumber } : {}),
    datePublished: day(b.date),
    publisher: org(b.issuer),
    isPartOf: { '@type': 'Periodical', name: b.series },
    hasPart: b.practices.map((p) => ({ '@type': 'Article', headline: p.title, url: p.url })),
  };
}

/**
 * A practice page's structured data, from what the page prints: its title, date, region, target groups and measures
 * (the keywords), and the issue that printed it, cited as the page cites it.
 */
export function practicePageLd(
  p: { id: string; title: string; description?: string | undefined; date: Date; region: string; groups: readonly string[]; measures: readonly string[] },
  briefing: { id: string; data: Parameters<typeof citation>[0] & { issuer: string } },
  site: URL | string | undefined,
): Ld {
  return practiceLd({
    title: p.title,
    description: p.description,
    url: absoluteUrl(practiceUrl(p.id), site),
    date: p.date,
    region: p.region,
    keywords: [...p.groups, ...p.measures],
    issue: { name: citation(briefing.data), url: absoluteUrl(briefingUrl(briefing.id), site), issuer: briefing.data.issuer },
  });
}

/** A plan page's structured data: its issuers, document number, date and status as the page prints them. */
export function planPageLd(
  p: { id: string; description: string; region: string; data: { title: string; date?: Date | undefined; issuers: readonly string[]; docNumber?: string | undefined; status: string } },
  site: URL | string | undefined,
): Ld {
  const { title, date, issuers, docNumber, status } = p.data;
  return planLd({ title, description: p.description, url: absoluteUrl(planUrl(p.id), site), date, issuers, docNumber, region: p.region, status });
}

/** A briefing page's structured data: the issue cited as the page's title, with its practices in the issue's order. */
export function briefingPageLd(
  briefing: { id: string; data: Parameters<typeof citation>[0] & { issuer: string } },
  practices: readonly { id: string; data: { title: string } }[],
  site: URL | string | undefined,
): Ld {
  const b = briefing.data;
  return briefingLd({
    name: citation(b),
    url: absoluteUrl(briefingUrl(briefing.id), site),
    date: b.date,
    issuer: b.issuer,
    series: seriesName(b),
    issueNumber: issueNumberPlain(b),
    practices: practices.map((p) => ({ title: p.data.title, url: absoluteUrl(practiceUrl(p.id), site) })),
  });
}
