/** The launcher's strings: apart from the rest, so a page that never opens the chat loads only these. */
export const defaultLauncherStrings = {
  /** The launcher button's accessible name. */
  launcherLabel: 'Open chat',
  /** Describes the launcher's badge. */
  unread: (count: number, formatted: string): string => `${formatted} unread ${count === 1 ? 'message' : 'messages'}`,
};
export type LauncherStrings = typeof defaultLauncherStrings;
