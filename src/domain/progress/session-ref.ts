/** How clients name a session in progress calls: by Storyblok id or uuid, exactly one. */
export type SessionRef = { storyblokId: number } | { storyblokUuid: string };
