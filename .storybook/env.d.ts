interface ImportMetaEnv {
  /**
   * The toolbar choices every story starts from, as Storybook's URL writes them:
   * `locale:ar;theme:dark`. Unset, stories start light, in English, left to right.
   */
  readonly VITE_STORY_GLOBALS?: string;
}
