/** Settings of the published archive. */
export const site = {
  /** Shown in the header and in every page title. */
  name: 'Annotated Sources',
  /** One line on what the archive holds, for the home page and search engines. */
  description:
    'News reports on the September 2023 Banjska attack and the Serbian build-up on the Kosovo border, annotated with the people and bodies they name.',
  /** The language of the archive's text. */
  lang: 'en',
};
