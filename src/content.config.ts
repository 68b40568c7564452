// Every collection of the site. The schemas live in src/schemas/ (one per concept, JSDoc on every field); references
// between collections (region, groups, measures, briefing, indicator ids) are checked with readable errors by
// src/check/, which the build runs through src/integrations/content-check.ts before any page is rendered. Every loader
// is wrapped so that, when it fails, the check's report comes first (src/data/checked-loader.ts).
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { briefingSchema } from './schemas/briefing.ts';
import { planSchema } from './schemas/plan.ts';
import { practiceSchema } from './schemas/practice.ts';
import { groupSchema, indicatorSchema, measureSchema, regionSchema, synonymSchema } from './schemas/taxonomy.ts';
import { contentDir } from './lib/paths.ts';
import { leanGlob } from './data/lean-glob.ts';
import { afterContentCheck } from './data/checked-loader.ts';
import { entryPattern } from './lib/content-files.ts';

const regions = defineCollection({ loader: afterContentCheck(file(`${contentDir}/taxonomy/regions.yaml`)), schema: regionSchema });
const groups = defineCollection({ loader: afterContentCheck(file(`${contentDir}/taxonomy/groups.yaml`)), schema: groupSchema });
const measures = defineCollection({ loader: afterContentCheck(file(`${contentDir}/taxonomy/measures.yaml`)), schema: measureSchema });
const indicators = defineCollection({ loader: afterContentCheck(file(`${contentDir}/taxonomy/indicators.yaml`)), schema: indicatorSchema });
const synonyms = defineCollection({ loader: afterContentCheck(file(`${contentDir}/taxonomy/synonyms.yaml`)), schema: synonymSchema });

const briefings = defineCollection({
  // The file patterns come from src/lib/content-files.ts, which the content check reads with: a file the check does not
  // read is never published, and a file with another extension (.yml, .markdown, .MD) is reported, not skipped.
  loader: afterContentCheck(glob({ pattern: entryPattern('briefings'), base: `${contentDir}/briefings` })),
  schema: briefingSchema,
});
const practices = defineCollection({
  // The Markdown source of a practice is not kept in the content store, only its rendered HTML, and the raw
  // frontmatter is not kept twice (lean-glob.ts): at 10,000 practices the store is 82 MB instead of 142 MB, which
  // every build reads, bundles and loads (docs/performance.md).
  loader: afterContentCheck(leanGlob({ pattern: entryPattern('practices'), base: `${contentDir}/practices`, retainBody: false })),
  schema: practiceSchema,
});
const plans = defineCollection({
  loader: afterContentCheck(leanGlob({ pattern: entryPattern('plans'), base: `${contentDir}/plans` })),
  schema: planSchema,
});

export const collections = { regions, groups, measures, indicators, synonyms, briefings, practices, plans };
