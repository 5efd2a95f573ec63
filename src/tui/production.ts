// React's development build checks and records every render, several times slower: the app runs
// the production build unless NODE_ENV says otherwise (tests set "test"). Imported first by
// run.tsx, before anything loads React.
process.env.NODE_ENV ??= 'production';
export {};
