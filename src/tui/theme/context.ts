// The theme for every component under App, without threading it through each one's props. Without
// colour (NO_COLOR, a terminal without colours) components get PLAIN whatever the theme.
import {createContext, useContext} from 'react';
import {DEFAULT_THEME, PLAIN, type Theme} from './themes.js';

export const ThemeContext = createContext<Theme>(DEFAULT_THEME);

/** The theme to draw with: the app's, or PLAIN when colour is off. */
export function useTheme(color: boolean): Theme {
	const theme = useContext(ThemeContext);
	return color ? theme : PLAIN;
}
