import { render } from 'preact';

render(<main><h1>Retake Coach</h1></main>, document.getElementById('app')!);
