// Stands in for bootstrap-italia's JavaScript in tests. Node resolves the package to its UMD bundle, which
// sets process.env.NODE_ENV to "production" and so breaks React's development JSX runtime for every test.
// design-react-kit imports it only for its Video component.
export class VideoPlayer {}
